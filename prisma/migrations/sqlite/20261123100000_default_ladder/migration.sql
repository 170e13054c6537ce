-- The default five-rung ladder of SPEC §2. HR can rename rungs or change the
-- ladder in Settings; imports refer to rungs by code.
INSERT INTO "Level" ("code", "name", "rank", "kind") VALUES
    ('L1', 'Individual contributor', 1, 'ic'),
    ('L2', 'First-line manager', 2, 'management'),
    ('L3', 'Manager of managers', 3, 'management'),
    ('L4', 'Director', 4, 'leadership'),
    ('L5', 'Executive', 5, 'leadership');

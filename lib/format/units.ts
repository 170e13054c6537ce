// An org unit's path as people read it: "Acme › Finance › Payroll". The
// store, the CSV and the API keep the "/" form that filters and imports use.
export const UNIT_PATH_SEPARATOR = " › ";

export const formatUnitPath = (path: string) => path.split("/").join(UNIT_PATH_SEPARATOR);

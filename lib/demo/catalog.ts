import { CITIES, type City } from "./places";

// What each division of the demo company does, how its people are titled,
// and where it works. Divisions are taken from the top of the list, so a
// small company has Engineering and Sales and a large one all eight.

export interface IcRole {
  /** Titles by seniority: entry, experienced, most senior. */
  ladder: readonly [string, string, string];
  weight: number;
}

export interface DivisionSpec {
  name: string;
  /** Short code used in hand-made position ids. */
  code: string;
  /** Relative headcount. */
  weight: number;
  headTitle: string;
  vpTitle: string;
  departments: readonly string[];
  teams: readonly string[];
  icRoles: readonly IcRole[];
  staffTitles: readonly string[];
  firstLineTitles: readonly string[];
  secondLineTitles: readonly string[];
  cities: readonly City[];
}

function role(entry: string, experienced: string, senior: string, weight = 1): IcRole {
  return { ladder: [entry, experienced, senior], weight };
}

const roleWeights = new WeakMap<DivisionSpec, readonly (readonly [number, number])[]>();

/** The division's IC roles as weighted options (index, weight), built once per division. */
export function icRoleOptions(spec: DivisionSpec): readonly (readonly [number, number])[] {
  let options = roleWeights.get(spec);
  if (!options) {
    options = spec.icRoles.map((r, i) => [i, r.weight] as const);
    roleWeights.set(spec, options);
  }
  return options;
}

export const DIVISIONS: readonly DivisionSpec[] = [
  {
    name: "Engineering",
    code: "ENG",
    weight: 3,
    headTitle: "Chief Technology Officer",
    vpTitle: "VP Engineering",
    departments: [
      "Platform", "Product Engineering", "Data", "Infrastructure", "Security", "Mobile",
      "Quality Engineering", "Developer Experience", "Payments Engineering", "Machine Learning",
    ],
    teams: [
      "Storage", "Payments", "Identity", "Search", "Billing", "Observability", "Checkout", "Notifications",
      "API Gateway", "Data Pipelines", "Reporting", "Onboarding", "Mobile Core", "Release Tooling", "Edge",
      "Messaging", "Catalog", "Pricing", "Fraud Detection", "Access Control",
    ],
    icRoles: [
      role("Software Engineer", "Senior Software Engineer", "Staff Software Engineer", 6),
      role("Site Reliability Engineer", "Senior Site Reliability Engineer", "Principal Site Reliability Engineer", 1.5),
      role("QA Engineer", "Senior QA Engineer", "Lead QA Engineer", 1),
      role("Data Engineer", "Senior Data Engineer", "Staff Data Engineer", 1),
      role("Product Designer", "Senior Product Designer", "Principal Product Designer", 0.7),
      role("Security Engineer", "Senior Security Engineer", "Principal Security Engineer", 0.5),
    ],
    staffTitles: ["Technical Program Manager", "Principal Engineer", "Engineering Operations Analyst"],
    firstLineTitles: ["Engineering Manager", "Software Engineering Manager"],
    secondLineTitles: ["Senior Engineering Manager", "Group Engineering Manager"],
    cities: [CITIES.berlin, CITIES.bengaluru, CITIES.krakow, CITIES.toronto, CITIES.sanFrancisco, CITIES.warsaw],
  },
  {
    name: "Sales",
    code: "SAL",
    weight: 2,
    headTitle: "Chief Revenue Officer",
    vpTitle: "VP Sales",
    departments: [
      "Enterprise Sales", "Mid-Market Sales", "Sales Development", "Partnerships", "Sales Operations",
      "Public Sector", "Channel Sales", "Solutions Consulting",
    ],
    teams: [
      "North America East", "North America West", "DACH", "Nordics", "UK & Ireland", "Iberia", "France & Benelux",
      "Brazil", "Mexico & Andes", "Japan", "India", "Middle East", "Strategic Accounts", "Inbound", "Outbound",
      "Alliances", "Deal Desk", "Renewals",
    ],
    icRoles: [
      role("Account Executive", "Senior Account Executive", "Strategic Account Executive", 4),
      role("Sales Development Representative", "Senior Sales Development Representative", "Lead Sales Development Representative", 2),
      role("Solutions Consultant", "Senior Solutions Consultant", "Principal Solutions Consultant", 1.5),
      role("Sales Operations Analyst", "Senior Sales Operations Analyst", "Lead Sales Operations Analyst", 0.7),
    ],
    staffTitles: ["Sales Enablement Specialist", "Deal Desk Analyst", "Revenue Operations Analyst"],
    firstLineTitles: ["Sales Manager", "Sales Development Manager"],
    secondLineTitles: ["Area Sales Manager", "Senior Sales Manager"],
    cities: [CITIES.newYork, CITIES.london, CITIES.saoPaulo, CITIES.dubai, CITIES.singapore, CITIES.paris, CITIES.madrid, CITIES.tokyo],
  },
  {
    name: "Operations",
    code: "OPS",
    weight: 1.5,
    headTitle: "Chief Operating Officer",
    vpTitle: "VP Operations",
    departments: ["Supply Chain", "Logistics", "Procurement", "Facilities", "Fulfilment", "Business Operations", "Planning"],
    teams: [
      "Inbound Logistics", "Outbound Logistics", "Warehousing", "Fleet", "Demand Planning", "Supplier Management",
      "Workplace Services", "Returns", "Customs & Trade", "Inventory Control", "Strategic Sourcing", "Network Design",
    ],
    icRoles: [
      role("Operations Analyst", "Senior Operations Analyst", "Lead Operations Analyst", 2),
      role("Logistics Coordinator", "Senior Logistics Coordinator", "Logistics Specialist", 2),
      role("Buyer", "Senior Buyer", "Lead Buyer", 1),
      role("Supply Planner", "Senior Supply Planner", "Lead Supply Planner", 1),
      role("Facilities Technician", "Senior Facilities Technician", "Facilities Specialist", 0.8),
    ],
    staffTitles: ["Operations Program Manager", "Continuous Improvement Lead", "Business Analyst"],
    firstLineTitles: ["Operations Manager", "Logistics Manager", "Warehouse Manager"],
    secondLineTitles: ["Senior Operations Manager", "Regional Logistics Manager"],
    cities: [CITIES.chicago, CITIES.mexicoCity, CITIES.lyon, CITIES.lagos, CITIES.shanghai, CITIES.wroclaw],
  },
  {
    name: "Finance",
    code: "FIN",
    weight: 0.8,
    headTitle: "Chief Financial Officer",
    vpTitle: "VP Finance",
    departments: ["Accounting", "Financial Planning & Analysis", "Treasury", "Tax", "Internal Audit", "Investor Relations"],
    teams: [
      "General Ledger", "Accounts Payable", "Accounts Receivable", "Consolidation", "Revenue Accounting", "Payroll",
      "Budgeting", "Forecasting", "Cash Management", "Indirect Tax", "Controls", "Financial Systems",
    ],
    icRoles: [
      role("Accountant", "Senior Accountant", "Lead Accountant", 3),
      role("Financial Analyst", "Senior Financial Analyst", "Principal Financial Analyst", 2),
      role("Tax Specialist", "Senior Tax Specialist", "Tax Lead", 0.7),
      role("Internal Auditor", "Senior Internal Auditor", "Lead Internal Auditor", 0.6),
    ],
    staffTitles: ["Finance Business Partner", "Finance Systems Analyst"],
    firstLineTitles: ["Accounting Manager", "Finance Manager", "FP&A Manager"],
    secondLineTitles: ["Senior Finance Manager", "Assistant Controller"],
    cities: [CITIES.london, CITIES.newYork, CITIES.dublin, CITIES.warsaw, CITIES.singapore],
  },
  {
    name: "People",
    code: "PPL",
    weight: 0.6,
    headTitle: "Chief People Officer",
    vpTitle: "VP People",
    departments: ["Talent Acquisition", "People Partners", "Learning & Development", "Total Rewards", "People Operations"],
    teams: [
      "Technical Recruiting", "Campus Recruiting", "Executive Search", "HR Business Partners", "Leadership Development",
      "Compensation", "Benefits", "HR Systems", "Employee Relations", "Onboarding & Mobility",
    ],
    icRoles: [
      role("Recruiter", "Senior Recruiter", "Lead Recruiter", 2),
      role("HR Specialist", "HR Business Partner", "Senior HR Business Partner", 2),
      role("Learning Specialist", "Senior Learning Specialist", "Learning Lead", 1),
      role("Compensation Analyst", "Senior Compensation Analyst", "Lead Compensation Analyst", 0.7),
    ],
    staffTitles: ["People Analytics Specialist", "HR Program Manager"],
    firstLineTitles: ["Talent Acquisition Manager", "HR Manager"],
    secondLineTitles: ["Senior HR Manager", "Head of HR Business Partnering"],
    cities: [CITIES.dublin, CITIES.london, CITIES.austin, CITIES.madrid, CITIES.bengaluru],
  },
  {
    name: "Customer Success",
    code: "CS",
    weight: 1.5,
    headTitle: "Chief Customer Officer",
    vpTitle: "VP Customer Success",
    departments: ["Customer Support", "Onboarding", "Account Management", "Customer Education", "Support Operations", "Professional Services"],
    teams: [
      "Tier 1 Support", "Tier 2 Support", "Technical Support", "Enterprise Onboarding", "SMB Onboarding", "Renewals",
      "Key Accounts", "Academy", "Knowledge Base", "Workforce Management", "Implementation", "Escalations",
    ],
    icRoles: [
      role("Customer Support Specialist", "Senior Customer Support Specialist", "Lead Customer Support Specialist", 3),
      role("Customer Success Manager", "Senior Customer Success Manager", "Principal Customer Success Manager", 2),
      role("Technical Support Engineer", "Senior Technical Support Engineer", "Staff Technical Support Engineer", 1.5),
      role("Onboarding Specialist", "Senior Onboarding Specialist", "Implementation Consultant", 1),
    ],
    staffTitles: ["Support Operations Analyst", "Customer Insights Analyst"],
    firstLineTitles: ["Customer Support Manager", "Customer Success Team Manager"],
    secondLineTitles: ["Senior Customer Support Manager", "Head of Support Region"],
    cities: [CITIES.dublin, CITIES.austin, CITIES.pune, CITIES.lagos, CITIES.buenosAires, CITIES.krakow],
  },
  {
    name: "Manufacturing",
    code: "MFG",
    weight: 2.5,
    headTitle: "VP Manufacturing",
    vpTitle: "VP Plant Operations",
    departments: ["Assembly", "Machining", "Process Engineering", "Maintenance", "Plant Quality", "Production Planning", "Plant Safety"],
    teams: [
      "Line 1", "Line 2", "Line 3", "Night Shift", "Weekend Shift", "CNC", "Welding", "Paint Shop", "Tooling",
      "Preventive Maintenance", "Incoming Inspection", "Final Inspection", "Scheduling", "Environment, Health & Safety",
    ],
    icRoles: [
      role("Production Technician", "Senior Production Technician", "Lead Production Technician", 4),
      role("Machine Operator", "Senior Machine Operator", "Master Machinist", 2),
      role("Maintenance Technician", "Senior Maintenance Technician", "Maintenance Specialist", 1.2),
      role("Quality Inspector", "Senior Quality Inspector", "Quality Engineer", 1),
      role("Process Engineer", "Senior Process Engineer", "Principal Process Engineer", 0.8),
    ],
    staffTitles: ["Plant Controller", "Lean Manufacturing Specialist", "Safety Officer"],
    firstLineTitles: ["Production Supervisor", "Shift Supervisor", "Maintenance Supervisor"],
    secondLineTitles: ["Production Manager", "Plant Operations Manager"],
    cities: [CITIES.monterrey, CITIES.stuttgart, CITIES.osaka, CITIES.shenzhen, CITIES.wroclaw, CITIES.curitiba],
  },
  {
    name: "Research",
    code: "RES",
    weight: 1,
    headTitle: "Chief Scientific Officer",
    vpTitle: "VP Research",
    departments: ["Applied Research", "Materials Science", "Product Research", "Advanced Analytics", "Research Labs"],
    teams: [
      "Polymers", "Batteries", "Sensors", "Simulation", "User Research", "Optimisation", "Computer Vision",
      "Lab Automation", "Prototyping", "Testing Lab",
    ],
    icRoles: [
      role("Research Scientist", "Senior Research Scientist", "Principal Research Scientist", 3),
      role("Research Engineer", "Senior Research Engineer", "Staff Research Engineer", 2),
      role("Lab Technician", "Senior Lab Technician", "Lab Specialist", 1.5),
      role("UX Researcher", "Senior UX Researcher", "Principal UX Researcher", 0.6),
    ],
    staffTitles: ["Research Program Manager", "Intellectual Property Specialist"],
    firstLineTitles: ["Research Manager", "Lab Manager"],
    secondLineTitles: ["Senior Research Manager", "Head of Lab"],
    cities: [CITIES.cambridge, CITIES.zurich, CITIES.tokyo, CITIES.boston, CITIES.bengaluru],
  },
];

export const EXECUTIVE_OFFICE = "Executive Office";
export const HEADQUARTERS: City = CITIES.newYork;

/** Regions a vice-president's remit is named after when a division needs several. */
export const VP_REMITS: readonly string[] = [
  "Americas", "EMEA", "APAC", "North America", "Europe", "Latin America", "Middle East & Africa", "Japan",
  "Greater China", "India", "Global Programs", "Strategic Accounts",
];

/** Qualifiers that keep a name unique when a large division reuses it. */
export const DISAMBIGUATORS: readonly string[] = ["EMEA", "Americas", "APAC", "North", "South", "East", "West", "Central"];

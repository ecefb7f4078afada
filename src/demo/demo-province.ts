/**
 * A fictional, deterministic demo province for the TĐKT bot: the Sở, communes, one legacy
 * Phòng GDĐT, ~40 schools/centres in two cụm thi đua, and a few hundred people.
 *
 * Pure: no I/O, no clock, no global randomness. Every call builds the same data from a seeded
 * PRNG, so demos, screenshots and tests are reproducible.
 */

export interface DemoUnit {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  cluster: string | null;
}

export interface DemoPerson {
  fullName: string;
  position: string;
  unitCode: string;
  role: "office" | "unit_leader" | "focal" | "staff";
  phone: string | null;
}

export interface DemoKind {
  code: string;
  name: string;
}

export interface DemoProvince {
  province: { code: string; name: string };
  kinds: DemoKind[];
  units: DemoUnit[];
  people: DemoPerson[];
}

export const DEMO_PROVINCE_CODE = "DEMO";
export const DEMO_PROVINCE_NAME = "Tỉnh Demo";
export const DEMO_SO_CODE = "SGDDT";
export const DEMO_CLUSTERS = ["Cụm thi đua số 1", "Cụm thi đua số 2"] as const;

/** Kinds whose units are schools or centres (each has one leader and one focal person). */
export const DEMO_SCHOOL_KINDS = ["THPT", "GDNN_GDTX", "THCS", "TH", "MN"] as const;

const SEED = 20250701;

// ---------------------------------------------------------------------------------------------
// Data tables
// ---------------------------------------------------------------------------------------------

const KINDS: DemoKind[] = [
  { code: "SO", name: "Sở Giáo dục và Đào tạo" },
  { code: "PHONG", name: "Phòng Giáo dục và Đào tạo" },
  { code: "XA", name: "UBND xã, phường" },
  { code: "THPT", name: "Trường trung học phổ thông" },
  { code: "GDNN_GDTX", name: "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên" },
  { code: "THCS", name: "Trường trung học cơ sở" },
  { code: "TH", name: "Trường tiểu học" },
  { code: "MN", name: "Trường mầm non" },
];

type SchoolKind = (typeof DEMO_SCHOOL_KINDS)[number];
/** [kind, name] */
type SchoolRow = readonly [SchoolKind, string];

/** THPT schools directly under the Sở; first half in cụm 1. */
const THPT_SCHOOLS: readonly string[] = [
  "Trường THPT Nguyễn Du",
  "Trường THPT Lê Quý Đôn",
  "Trường THPT Trần Phú",
  "Trường THPT Phan Bội Châu",
  "Trường THPT Nguyễn Trãi",
  "Trường THPT Lê Hồng Phong",
  "Trường THPT Chu Văn An",
  "Trường THPT Trần Hưng Đạo",
  "Trường THPT Quang Trung",
  "Trường THPT Hùng Vương",
];

/** GDNN-GDTX centres directly under the Sở. */
const CENTRES: ReadonlyArray<{ name: string; cluster: 1 | 2 }> = [
  { name: "Trung tâm GDNN-GDTX Tân Phú", cluster: 1 },
  { name: "Trung tâm GDNN-GDTX Bình Sơn", cluster: 2 },
  { name: "Trung tâm GDNN-GDTX Hòa An", cluster: 2 },
];

/** Communes/wards (since 01/07/2025) with the MN/TH/THCS schools they manage. */
const COMMUNES: ReadonlyArray<{ name: string; cluster: 1 | 2; schools: readonly SchoolRow[] }> = [
  {
    name: "UBND xã Tân Lập",
    cluster: 1,
    schools: [
      ["MN", "Trường Mầm non Hoa Sen"],
      ["TH", "Trường Tiểu học Kim Đồng"],
      ["THCS", "Trường THCS Nguyễn Bỉnh Khiêm"],
    ],
  },
  {
    name: "UBND phường Hòa Bình",
    cluster: 1,
    schools: [
      ["MN", "Trường Mầm non Hoa Mai"],
      ["MN", "Trường Mầm non Sơn Ca"],
      ["TH", "Trường Tiểu học Lê Văn Tám"],
      ["TH", "Trường Tiểu học Võ Thị Sáu"],
      ["THCS", "Trường THCS Lương Thế Vinh"],
    ],
  },
  {
    name: "UBND xã An Phú",
    cluster: 1,
    schools: [
      ["MN", "Trường Mầm non An Phú"],
      ["TH", "Trường Tiểu học An Phú"],
      ["THCS", "Trường THCS An Phú"],
    ],
  },
  {
    name: "UBND phường Bắc Sơn",
    cluster: 1,
    schools: [
      ["MN", "Trường Mầm non Họa Mi"],
      ["TH", "Trường Tiểu học Nguyễn Văn Trỗi"],
      ["TH", "Trường Tiểu học Lý Tự Trọng"],
      ["THCS", "Trường THCS Nguyễn Huệ"],
    ],
  },
  {
    name: "UBND xã Thanh Hà",
    cluster: 2,
    schools: [
      ["MN", "Trường Mầm non Thanh Hà"],
      ["TH", "Trường Tiểu học Thanh Hà"],
      ["THCS", "Trường THCS Hai Bà Trưng"],
    ],
  },
  {
    name: "UBND xã Đông Hưng",
    cluster: 2,
    schools: [
      ["MN", "Trường Mầm non Hướng Dương"],
      ["TH", "Trường Tiểu học Tô Vĩnh Diện"],
      ["THCS", "Trường THCS Ngô Quyền"],
    ],
  },
  {
    name: "UBND phường Nam Thành",
    cluster: 2,
    schools: [
      ["MN", "Trường Mầm non Hoa Hồng"],
      ["MN", "Trường Mầm non Bình Minh"],
      ["TH", "Trường Tiểu học Nguyễn Thị Minh Khai"],
      ["TH", "Trường Tiểu học Đoàn Thị Điểm"],
      ["THCS", "Trường THCS Lý Thường Kiệt"],
    ],
  },
];

/** The one legacy middle level still present in older data. */
const LEGACY_PHONG: { name: string; cluster: 1 | 2; schools: readonly SchoolRow[] } = {
  name: "Phòng GDĐT huyện Sơn Hà",
  cluster: 2,
  schools: [
    ["MN", "Trường Mầm non Sơn Hà"],
    ["TH", "Trường Tiểu học Sơn Hà"],
    ["THCS", "Trường THCS Chu Văn An"],
  ],
};

const OFFICE_POSITIONS = ["Chánh Văn phòng", "Phó Chánh Văn phòng", "Chuyên viên Văn phòng", "Chuyên viên Văn phòng"] as const;

/** Staff count (beyond leader and focal) per kind: base + random 0..2. */
const STAFF_BASE: Record<SchoolKind, number> = { THPT: 8, GDNN_GDTX: 4, THCS: 6, TH: 5, MN: 4 };

/** Probability that a member of staff is a woman, by kind (MN is almost all women). */
const FEMALE_SHARE: Record<SchoolKind | "SO", number> = {
  THPT: 0.6,
  GDNN_GDTX: 0.5,
  THCS: 0.65,
  TH: 0.8,
  MN: 0.97,
  SO: 0.6,
};

/** Family names, weighted roughly by frequency (repeated entries = more common). */
const FAMILY_NAMES = [
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Nguyễn",
  "Trần",
  "Trần",
  "Trần",
  "Lê",
  "Lê",
  "Lê",
  "Phạm",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Trương",
  "Lương",
  "Mai",
  "Đào",
  "Cao",
  "Tạ",
  "Hà",
] as const;

const MIDDLE_FEMALE = [
  "Thị",
  "Thị",
  "Thị",
  "Thị",
  "Thu",
  "Ngọc",
  "Thanh",
  "Hoài",
  "Minh",
  "Phương",
  "Kim",
  "Bích",
  "Diệu",
  "Thùy",
  "Mỹ",
  "Hồng",
  "Khánh",
  "Bảo",
] as const;

const MIDDLE_MALE = [
  "Văn",
  "Văn",
  "Văn",
  "Minh",
  "Đức",
  "Quốc",
  "Hữu",
  "Công",
  "Thanh",
  "Ngọc",
  "Hoài",
  "Xuân",
  "Anh",
  "Tiến",
  "Trọng",
  "Quang",
  "Bá",
  "Đình",
] as const;

const GIVEN_FEMALE = [
  "Hà",
  "Lan",
  "Trang",
  "Phương",
  "Hương",
  "Linh",
  "Thảo",
  "Hạnh",
  "Nga",
  "Hằng",
  "Yến",
  "Nhung",
  "Oanh",
  "Loan",
  "Huyền",
  "Ngân",
  "Thủy",
  "Vân",
  "Mai",
  "Dung",
  "Giang",
  "Hoa",
  "Liên",
  "Quyên",
  "Trâm",
  "Uyên",
  "Vy",
  "Hiền",
  "Tâm",
  "Nhàn",
  "Ánh",
  "Duyên",
  "Thư",
  "Hồng",
  "Lệ",
  "My",
] as const;

const GIVEN_MALE = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Minh",
  "Nam",
  "Sơn",
  "Hải",
  "Long",
  "Phong",
  "Cường",
  "Thắng",
  "Trung",
  "Quang",
  "Huy",
  "Khánh",
  "Bình",
  "Tùng",
  "Đạt",
  "Hiếu",
  "Kiên",
  "Lâm",
  "Phúc",
  "Thành",
  "Toàn",
  "Vinh",
  "Hưng",
  "Tài",
  "Nghĩa",
  "Lộc",
  "Thịnh",
  "Việt",
  "Hoàng",
] as const;

/** Current Vietnamese mobile prefixes (Viettel 03x/086/09x, Mobifone 07x/089/09x, Vinaphone 08x/09x, Vietnamobile 05x). */
const MOBILE_PREFIXES = [
  "032",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "039",
  "052",
  "056",
  "058",
  "059",
  "070",
  "076",
  "077",
  "078",
  "079",
  "081",
  "082",
  "083",
  "084",
  "085",
  "086",
  "088",
  "089",
  "090",
  "091",
  "093",
  "094",
  "096",
  "097",
  "098",
  "099",
] as const;

/** Share of people with a phone number on file, by role (overall about two-thirds). */
const PHONE_SHARE: Record<DemoPerson["role"], number> = {
  office: 1,
  unit_leader: 0.9,
  focal: 0.95,
  staff: 0.6,
};

// ---------------------------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------------------------

export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, good enough for demo data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error("pick from empty list");
      return item;
    },
    chance: (p: number): boolean => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const pad2 = (n: number): string => String(n).padStart(2, "0");
const clusterName = (n: 1 | 2): string => (n === 1 ? DEMO_CLUSTERS[0] : DEMO_CLUSTERS[1]);

function buildUnits(): DemoUnit[] {
  const units: DemoUnit[] = [{ code: DEMO_SO_CODE, name: "Sở Giáo dục và Đào tạo", kind: "SO", parentCode: null, cluster: null }];

  THPT_SCHOOLS.forEach((name, i) => {
    const cluster = i < THPT_SCHOOLS.length / 2 ? 1 : 2;
    units.push({ code: `THPT${pad2(i + 1)}`, name, kind: "THPT", parentCode: DEMO_SO_CODE, cluster: clusterName(cluster) });
  });

  CENTRES.forEach((centre, i) => {
    units.push({
      code: `GDTX${pad2(i + 1)}`,
      name: centre.name,
      kind: "GDNN_GDTX",
      parentCode: DEMO_SO_CODE,
      cluster: clusterName(centre.cluster),
    });
  });

  COMMUNES.forEach((commune, i) => {
    const code = `XA${pad2(i + 1)}`;
    units.push({ code, name: commune.name, kind: "XA", parentCode: DEMO_SO_CODE, cluster: null });
    units.push(...schoolsUnder(code, commune.schools, commune.cluster));
  });

  const phongCode = "PGD01";
  units.push({ code: phongCode, name: LEGACY_PHONG.name, kind: "PHONG", parentCode: DEMO_SO_CODE, cluster: null });
  units.push(...schoolsUnder(phongCode, LEGACY_PHONG.schools, LEGACY_PHONG.cluster));

  return units;
}

/** Schools under a commune or Phòng, coded `<KIND>-<PARENT>-<nn>` numbered per kind. */
function schoolsUnder(parentCode: string, rows: readonly SchoolRow[], cluster: 1 | 2): DemoUnit[] {
  const perKind = new Map<string, number>();
  return rows.map(([kind, name]) => {
    const n = (perKind.get(kind) ?? 0) + 1;
    perKind.set(kind, n);
    return { code: `${kind}-${parentCode}-${pad2(n)}`, name, kind, parentCode, cluster: clusterName(cluster) };
  });
}

function makeName(rng: Rng, female: boolean, taken: Set<string>): string {
  for (;;) {
    const family = rng.pick(FAMILY_NAMES);
    const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
    const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    if (middle === given || family === given) continue;
    const fullName = `${family} ${middle} ${given}`.normalize("NFC");
    if (taken.has(fullName)) continue;
    taken.add(fullName);
    return fullName;
  }
}

function makePhone(rng: Rng, taken: Set<string>): string {
  for (;;) {
    let phone: string = rng.pick(MOBILE_PREFIXES);
    for (let i = 0; i < 7; i++) phone += String(rng.int(10));
    if (taken.has(phone)) continue;
    taken.add(phone);
    return phone;
  }
}

/** Positions for one school/centre: leader, focal, then staff. */
function positionsFor(kind: SchoolKind, staffCount: number): Array<{ role: DemoPerson["role"]; position: string }> {
  const isCentre = kind === "GDNN_GDTX";
  const out: Array<{ role: DemoPerson["role"]; position: string }> = [
    { role: "unit_leader", position: isCentre ? "Giám đốc" : "Hiệu trưởng" },
    { role: "focal", position: isCentre ? "Phó Giám đốc" : "Phó Hiệu trưởng" },
    { role: "staff", position: "Nhân viên kế toán" },
    { role: "staff", position: "Nhân viên văn thư" },
  ];
  const heads = kind === "THPT" ? 2 : 1;
  for (let i = 0; i < heads; i++) out.push({ role: "staff", position: "Tổ trưởng chuyên môn" });
  while (out.length < staffCount + 2) out.push({ role: "staff", position: "Giáo viên" });
  return out;
}

function buildPeople(rng: Rng, units: readonly DemoUnit[]): DemoPerson[] {
  const people: DemoPerson[] = [];
  const phones = new Set<string>();
  const addPerson = (unitCode: string, role: DemoPerson["role"], position: string, female: boolean, names: Set<string>): void => {
    const fullName = makeName(rng, female, names);
    const phone = rng.chance(PHONE_SHARE[role]) ? makePhone(rng, phones) : null;
    people.push({ fullName, position, unitCode, role, phone });
  };

  const officeNames = new Set<string>();
  for (const position of OFFICE_POSITIONS) {
    addPerson(DEMO_SO_CODE, "office", position, rng.chance(FEMALE_SHARE.SO), officeNames);
  }

  for (const unit of units) {
    if (!isSchoolKind(unit.kind)) continue;
    const kind = unit.kind;
    const names = new Set<string>();
    const staffCount = STAFF_BASE[kind] + rng.int(3);
    for (const { role, position } of positionsFor(kind, staffCount)) {
      addPerson(unit.code, role, position, rng.chance(FEMALE_SHARE[kind]), names);
    }
  }
  return people;
}

function isSchoolKind(kind: string): kind is SchoolKind {
  return (DEMO_SCHOOL_KINDS as readonly string[]).includes(kind);
}

/** Builds the demo province. Deterministic: every call returns a fresh, deep-equal copy. */
export function buildDemoProvince(): DemoProvince {
  const rng = createRng(SEED);
  const units = buildUnits();
  return {
    province: { code: DEMO_PROVINCE_CODE, name: DEMO_PROVINCE_NAME },
    kinds: KINDS.map((k) => ({ ...k })),
    units,
    people: buildPeople(rng, units),
  };
}

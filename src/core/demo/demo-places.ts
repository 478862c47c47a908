/**
 * Where a program's synthetic trainees live: the Hubei 市州 its entry lists
 * (with their clusters and counties), or, for a program with no region
 * list, the cities of the place its issuer names (广东, 济源, 垫江).
 */
import type { DemoProgram } from "./demo-program.ts";
import { findRegion } from "../regions/find-region.ts";
import { hubeiPlaces } from "./hubei-places.ts";

/** One place trainees come from. */
export interface DemoPlace {
  /** The 市州 as imports store it (武汉), or a city name outside Hubei. */
  region: string;
  /** Hubei city cluster; null outside Hubei. */
  cluster: string | null;
  /** How an office's name starts (武汉市, 恩施州). */
  office: string;
  /** The first six digits of an ID number issued there. */
  idCode: string;
  areaCode: string;
  /** 县（市）区; empty where the program does not ask for them. */
  counties: readonly string[];
  /** Relative share of trainees. */
  weight: number;
}

// Wuhan sends far more trainees than 神农架: shares roughly follow the number of enterprises.
const hubeiWeights: Readonly<Record<string, number>> = {
  武汉: 8,
  襄阳: 3,
  宜昌: 3,
  荆州: 2,
  神农架林区: 0.4,
};

// Each place: name, ID address code, area code, office name.
const elsewhere: readonly { stem: string; places: readonly [string, string, string, string][] }[] = [
  {
    stem: "广东",
    places: [
      ["广州", "440100", "020", "广州市"],
      ["深圳", "440300", "0755", "深圳市"],
      ["珠海", "440400", "0756", "珠海市"],
      ["佛山", "440600", "0757", "佛山市"],
      ["东莞", "441900", "0769", "东莞市"],
    ],
  },
  { stem: "济源", places: [["济源", "419001", "0391", "济源市"]] },
  { stem: "垫江", places: [["垫江", "500231", "023", "垫江县"]] },
];

/** The places of a program's trainees, never empty. */
export function listDemoPlaces(program: DemoProgram): DemoPlace[] {
  const hubei = program.regions.flatMap((r) => {
    const place = hubeiPlaces.find((p) => p.region === findRegion(r.name)?.name);
    if (place === undefined) return [];
    return [
      {
        ...place,
        cluster: r.cluster ?? findRegion(r.name)?.cluster ?? null,
        weight: hubeiWeights[place.region] ?? 1,
      },
    ];
  });
  if (hubei.length > 0) return hubei;
  const named = `${program.issuer}${program.title}`;
  // A program that names no known place still gets one, so every demo has addresses.
  const found = elsewhere.find((e) => named.includes(e.stem))?.places ?? [
    ["北京", "110101", "010", "北京市"],
  ];
  return found.map(([region, idCode, areaCode, office], k) => ({
    region,
    cluster: null,
    office,
    idCode,
    areaCode,
    counties: [],
    weight: k === 0 ? 3 : 1,
  }));
}

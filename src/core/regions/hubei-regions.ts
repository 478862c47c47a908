/** Hubei's 17 市州 and the three city clusters the provincial office trains by (DOMAIN.md, seed 001). */

/** The three clusters, spelled as the 2022 notice's 报名班次. */
export const hubeiClusters = ["武汉“1+8”城市圈", "襄十随神城市群", "宜荆荆恩城市群"] as const;
/** One of Hubei's three city clusters. */
export type HubeiCluster = (typeof hubeiClusters)[number];

/**
 * A 市州: `name` as DOMAIN.md and the program entries write it (the value
 * imports store), `stem` the part every loose spelling starts with.
 */
export interface HubeiRegion {
  name: string;
  stem: string;
  cluster: HubeiCluster;
}

const [wuhan, xiangShiSuiShen, yiJingJingEn] = hubeiClusters;

/** The 17 市州, cluster by cluster. */
export const hubeiRegions: readonly HubeiRegion[] = [
  { name: "武汉", stem: "武汉", cluster: wuhan },
  { name: "黄石", stem: "黄石", cluster: wuhan },
  { name: "鄂州", stem: "鄂州", cluster: wuhan },
  { name: "黄冈", stem: "黄冈", cluster: wuhan },
  { name: "孝感", stem: "孝感", cluster: wuhan },
  { name: "咸宁", stem: "咸宁", cluster: wuhan },
  { name: "仙桃", stem: "仙桃", cluster: wuhan },
  { name: "天门", stem: "天门", cluster: wuhan },
  { name: "潜江", stem: "潜江", cluster: wuhan },
  { name: "襄阳", stem: "襄阳", cluster: xiangShiSuiShen },
  { name: "十堰", stem: "十堰", cluster: xiangShiSuiShen },
  { name: "随州", stem: "随州", cluster: xiangShiSuiShen },
  { name: "神农架林区", stem: "神农架", cluster: xiangShiSuiShen },
  { name: "宜昌", stem: "宜昌", cluster: yiJingJingEn },
  { name: "荆州", stem: "荆州", cluster: yiJingJingEn },
  { name: "荆门", stem: "荆门", cluster: yiJingJingEn },
  { name: "恩施土家族苗族自治州", stem: "恩施", cluster: yiJingJingEn },
];

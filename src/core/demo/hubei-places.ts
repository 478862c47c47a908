/**
 * Hubei's 17 市州 as demo cohorts need them: the 103 县（市）区 the
 * "百县万企" target counts (仙桃, 潜江, 天门 and 神农架林区 count as one
 * each), the GB/T 2260 address code an ID number starts with, and the
 * telephone area code.
 */

/** One 市州: `region` as imports store it, `office` as an office's name starts. */
export interface HubeiPlace {
  region: string;
  office: string;
  idCode: string;
  areaCode: string;
  counties: readonly string[];
}

/** The 17 市州, in the order of the program entries. */
export const hubeiPlaces: readonly HubeiPlace[] = [
  {
    region: "武汉",
    office: "武汉市",
    idCode: "420100",
    areaCode: "027",
    counties:
      "江岸区 江汉区 硚口区 汉阳区 武昌区 青山区 洪山区 东西湖区 汉南区 蔡甸区 江夏区 黄陂区 新洲区".split(
        " ",
      ),
  },
  {
    region: "黄石",
    office: "黄石市",
    idCode: "420200",
    areaCode: "0714",
    counties: "黄石港区 西塞山区 下陆区 铁山区 阳新县 大冶市".split(" "),
  },
  {
    region: "鄂州",
    office: "鄂州市",
    idCode: "420700",
    areaCode: "0711",
    counties: ["梁子湖区", "华容区", "鄂城区"],
  },
  {
    region: "黄冈",
    office: "黄冈市",
    idCode: "421100",
    areaCode: "0713",
    counties: "黄州区 团风县 红安县 罗田县 英山县 浠水县 蕲春县 黄梅县 麻城市 武穴市".split(" "),
  },
  {
    region: "孝感",
    office: "孝感市",
    idCode: "420900",
    areaCode: "0712",
    counties: "孝南区 孝昌县 大悟县 云梦县 应城市 安陆市 汉川市".split(" "),
  },
  {
    region: "咸宁",
    office: "咸宁市",
    idCode: "421200",
    areaCode: "0715",
    counties: "咸安区 嘉鱼县 通城县 崇阳县 通山县 赤壁市".split(" "),
  },
  { region: "仙桃", office: "仙桃市", idCode: "429004", areaCode: "0728", counties: ["仙桃市"] },
  { region: "天门", office: "天门市", idCode: "429006", areaCode: "0728", counties: ["天门市"] },
  { region: "潜江", office: "潜江市", idCode: "429005", areaCode: "0728", counties: ["潜江市"] },
  {
    region: "襄阳",
    office: "襄阳市",
    idCode: "420600",
    areaCode: "0710",
    counties: "襄城区 樊城区 襄州区 南漳县 谷城县 保康县 老河口市 枣阳市 宜城市".split(" "),
  },
  {
    region: "十堰",
    office: "十堰市",
    idCode: "420300",
    areaCode: "0719",
    counties: "茅箭区 张湾区 郧阳区 郧西县 竹山县 竹溪县 房县 丹江口市".split(" "),
  },
  {
    region: "随州",
    office: "随州市",
    idCode: "421300",
    areaCode: "0722",
    counties: ["曾都区", "随县", "广水市"],
  },
  {
    region: "神农架林区",
    office: "神农架林区",
    idCode: "429021",
    areaCode: "0719",
    counties: ["神农架林区"],
  },
  {
    region: "宜昌",
    office: "宜昌市",
    idCode: "420500",
    areaCode: "0717",
    counties:
      "西陵区 伍家岗区 点军区 猇亭区 夷陵区 远安县 兴山县 秭归县 长阳土家族自治县 五峰土家族自治县 宜都市 当阳市 枝江市".split(
        " ",
      ),
  },
  {
    region: "荆州",
    office: "荆州市",
    idCode: "421000",
    areaCode: "0716",
    counties: "沙市区 荆州区 公安县 江陵县 石首市 洪湖市 松滋市 监利市".split(" "),
  },
  {
    region: "荆门",
    office: "荆门市",
    idCode: "420800",
    areaCode: "0724",
    counties: ["东宝区", "掇刀区", "沙洋县", "钟祥市", "京山市"],
  },
  {
    region: "恩施土家族苗族自治州",
    office: "恩施州",
    idCode: "422800",
    areaCode: "0718",
    counties: "恩施市 利川市 建始县 巴东县 宣恩县 咸丰县 来凤县 鹤峰县".split(" "),
  },
];

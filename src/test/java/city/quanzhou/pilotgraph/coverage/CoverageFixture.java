package city.quanzhou.pilotgraph.coverage;

/**
 * A small graph whose coverage answers are worked out by hand in the tests that use it.
 *
 * <pre>
 * districts   泉港区 350505, 石狮市 350581, 晋江市 350582
 * chains      新能源 (4 links), 纺织 (1 link), 空链 (no links)
 * links       BMS (DOWNSTREAM), 电芯 (MIDSTREAM), 正极 (UPSTREAM), 隔膜 (UPSTREAM) of 新能源; 染整 of 纺织
 *             (by code point: BMS &lt; 染整 &lt; 正极 &lt; 电芯 &lt; 隔膜)
 * bases       base-op       晋江中试基地  OPERATING, open    晋江  covers 正极, 染整
 *             base-op2      丙泉港平台    OPERATING, closed  泉港  covers 隔膜
 *             base-planned  规划基地      PLANNED            泉港  covers 电芯
 *             base-building 在建基地      UNDER_CONSTRUCTION 晋江  covers BMS
 *             base-susp     停用基地      SUSPENDED          泉港  covers 电芯
 * covered     正极, 隔膜, 染整; not covered: 电芯, BMS
 * owners      inst-a 甲研究院 晋江, inst-b 乙研究院 泉港, ent-y Y公司 晋江 (active in 正极, 电芯),
 *             ent-x X公司 石狮 (active in 电芯, BMS)
 * results     res-lab1   A实验室成果 LAB        pilot  inst-a  BMS, 电芯        2023-01-01  waiting
 *             res-bench1 B小试成果   BENCH      pilot  inst-b  电芯             2022-05-01  waiting
 *             res-bench2 C小试成果   BENCH      pilot  ent-y   正极, 隔膜       2024-03-01  waiting
 *             res-lab2   D不需中试   LAB        no     inst-a  BMS
 *             res-pilot  E中试成果   PILOT      pilot  inst-b  电芯
 *             res-ind    F产业化成果 INDUSTRIAL pilot  inst-a  正极
 *             res-dye    G染色成果   LAB        pilot  inst-b  染整             2021-01-01  waiting
 * pilots      base-op: res-ind 2021, res-pilot 2022 and 2023; base-op2: res-ind 2023; base-susp: res-bench1 2020
 * services    base-op: ent-y 2022 (3 projects), ent-x 2022 (1), ent-y 2023 (2)
 * contracts   res-ind→ent-x 2020 50; res-dye→ent-x 2021 40; res-ind→ent-y 2022 100; res-pilot→ent-x 2023 30
 * </pre>
 */
final class CoverageFixture {

	private CoverageFixture() {
	}

	static final String GRAPH = """
			CREATE (quangang:District {code: '350505', name: '泉港区'})
			CREATE (shishi:District {code: '350581', name: '石狮市'})
			CREATE (jinjiang:District {code: '350582', name: '晋江市'})

			CREATE (energy:Entity:IndustryChain {id: 'chain-energy', name: '新能源', source: 'SYNTHETIC', version: 1})
			CREATE (textile:Entity:IndustryChain {id: 'chain-textile', name: '纺织', source: 'SYNTHETIC', version: 1})
			CREATE (:Entity:IndustryChain {id: 'chain-empty', name: '空链', source: 'SYNTHETIC', version: 1})

			CREATE (bms:Entity:ChainLink {id: 'link-bms', name: 'BMS', stage: 'DOWNSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(energy)
			CREATE (cell:Entity:ChainLink {id: 'link-cell', name: '电芯', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(energy)
			CREATE (cathode:Entity:ChainLink {id: 'link-cathode', name: '正极', stage: 'UPSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(energy)
			CREATE (separator:Entity:ChainLink {id: 'link-separator', name: '隔膜', stage: 'UPSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(energy)
			CREATE (dyeing:Entity:ChainLink {id: 'link-dyeing', name: '染整', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(textile)

			CREATE (op:Entity:TestBase {id: 'base-op', name: '晋江中试基地', status: 'OPERATING', openToPublic: true,
			        services: ['PILOT_MATURATION', 'TESTING_CERTIFICATION'], source: 'SYNTHETIC', version: 1})
			CREATE (op2:Entity:TestBase {id: 'base-op2', name: '丙泉港平台', status: 'OPERATING', openToPublic: false,
			        services: ['PILOT_MATURATION'], source: 'SYNTHETIC', version: 1})
			CREATE (planned:Entity:TestBase {id: 'base-planned', name: '规划基地', status: 'PLANNED', openToPublic: true,
			        services: [], source: 'SYNTHETIC', version: 1})
			CREATE (building:Entity:TestBase {id: 'base-building', name: '在建基地', status: 'UNDER_CONSTRUCTION', openToPublic: true,
			        services: [], source: 'SYNTHETIC', version: 1})
			CREATE (susp:Entity:TestBase {id: 'base-susp', name: '停用基地', status: 'SUSPENDED', openToPublic: false,
			        services: [], source: 'SYNTHETIC', version: 1})
			CREATE (op)-[:LOCATED_IN]->(jinjiang), (op)-[:COVERS]->(cathode), (op)-[:COVERS]->(dyeing)
			CREATE (op2)-[:LOCATED_IN]->(quangang), (op2)-[:COVERS]->(separator)
			CREATE (planned)-[:LOCATED_IN]->(quangang), (planned)-[:COVERS]->(cell)
			CREATE (building)-[:LOCATED_IN]->(jinjiang), (building)-[:COVERS]->(bms)
			CREATE (susp)-[:LOCATED_IN]->(quangang), (susp)-[:COVERS]->(cell)

			CREATE (instA:Entity:Institute {id: 'inst-a', name: '甲研究院', inCity: true, source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(jinjiang)
			CREATE (instB:Entity:Institute {id: 'inst-b', name: '乙研究院', inCity: true, source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(quangang)
			CREATE (entX:Entity:Enterprise {id: 'ent-x', name: 'X公司', lead: false, source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(shishi)
			CREATE (entY:Entity:Enterprise {id: 'ent-y', name: 'Y公司', lead: true, source: 'SYNTHETIC', version: 1})-[:LOCATED_IN]->(jinjiang)
			CREATE (entX)-[:ACTIVE_IN]->(cell), (entX)-[:ACTIVE_IN]->(bms), (entY)-[:ACTIVE_IN]->(cathode), (entY)-[:ACTIVE_IN]->(cell)

			CREATE (lab1:Entity:Result {id: 'res-lab1', name: 'A实验室成果', maturity: 'LAB', needsPilot: true,
			        publishedOn: date('2023-01-01'), source: 'SYNTHETIC', version: 1})
			CREATE (bench1:Entity:Result {id: 'res-bench1', name: 'B小试成果', maturity: 'BENCH', needsPilot: true,
			        publishedOn: date('2022-05-01'), source: 'SYNTHETIC', version: 1})
			CREATE (bench2:Entity:Result {id: 'res-bench2', name: 'C小试成果', maturity: 'BENCH', needsPilot: true,
			        publishedOn: date('2024-03-01'), source: 'SYNTHETIC', version: 1})
			CREATE (lab2:Entity:Result {id: 'res-lab2', name: 'D不需中试', maturity: 'LAB', needsPilot: false, source: 'SYNTHETIC', version: 1})
			CREATE (pilot:Entity:Result {id: 'res-pilot', name: 'E中试成果', maturity: 'PILOT', needsPilot: true, source: 'SYNTHETIC', version: 1})
			CREATE (ind:Entity:Result {id: 'res-ind', name: 'F产业化成果', maturity: 'INDUSTRIAL', needsPilot: true, source: 'SYNTHETIC', version: 1})
			CREATE (dye:Entity:Result {id: 'res-dye', name: 'G染色成果', maturity: 'LAB', needsPilot: true,
			        publishedOn: date('2021-01-01'), source: 'SYNTHETIC', version: 1})
			CREATE (lab1)-[:OWNED_BY]->(instA), (lab1)-[:APPLIES_TO]->(bms), (lab1)-[:APPLIES_TO]->(cell)
			CREATE (bench1)-[:OWNED_BY]->(instB), (bench1)-[:APPLIES_TO]->(cell)
			CREATE (bench2)-[:OWNED_BY]->(entY), (bench2)-[:APPLIES_TO]->(cathode), (bench2)-[:APPLIES_TO]->(separator)
			CREATE (lab2)-[:OWNED_BY]->(instA), (lab2)-[:APPLIES_TO]->(bms)
			CREATE (pilot)-[:OWNED_BY]->(instB), (pilot)-[:APPLIES_TO]->(cell)
			CREATE (ind)-[:OWNED_BY]->(instA), (ind)-[:APPLIES_TO]->(cathode)
			CREATE (dye)-[:OWNED_BY]->(instB), (dye)-[:APPLIES_TO]->(dyeing)

			CREATE (op)-[:PILOTED {year: 2021}]->(ind), (op)-[:PILOTED {year: 2022}]->(pilot), (op)-[:PILOTED {year: 2023}]->(pilot)
			CREATE (op2)-[:PILOTED {year: 2023}]->(ind)
			CREATE (susp)-[:PILOTED {year: 2020}]->(bench1)
			CREATE (op)-[:SERVED {year: 2022, projects: 3}]->(entY), (op)-[:SERVED {year: 2022, projects: 1}]->(entX),
			       (op)-[:SERVED {year: 2023, projects: 2}]->(entY)
			CREATE (ind)-[:TRANSFERRED_TO {amount: 50.0, year: 2020}]->(entX)
			CREATE (dye)-[:TRANSFERRED_TO {amount: 40.0, year: 2021}]->(entX)
			CREATE (ind)-[:TRANSFERRED_TO {amount: 100.0, year: 2022}]->(entY)
			CREATE (pilot)-[:TRANSFERRED_TO {amount: 30.0, year: 2023}]->(entX)
			""";

}

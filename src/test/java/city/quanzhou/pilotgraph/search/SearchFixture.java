package city.quanzhou.pilotgraph.search;

/**
 * A small hand-built ecosystem for search and matching tests: two chains, a handful of links, institutes,
 * bases in every status, results and a demand. Its answers are worked out by hand in the tests.
 */
public final class SearchFixture {

	private SearchFixture() {
	}

	public static final String GRAPH = """
			CREATE (quangang:District {code: '350505', name: '泉港区'})
			CREATE (jinjiang:District {code: '350582', name: '晋江市'})
			CREATE (shishi:District {code: '350581', name: '石狮市'})
			CREATE (energy:Entity:IndustryChain {id: 'chain-new-energy', name: '新能源', aliases: ['新能源产业链'],
			  description: '新型储能电池、光伏与氢能'})
			CREATE (textile:Entity:IndustryChain {id: 'chain-textile', name: '纺织服装', aliases: [],
			  description: '化纤、织造、印染与服装'})
			CREATE (cell:Entity:ChainLink {id: 'link-cell', name: '电芯制造', stage: 'MIDSTREAM', aliases: ['电芯'],
			  description: '锂离子电池电芯的卷绕、叠片、注液与化成'})
			CREATE (cathode:Entity:ChainLink {id: 'link-cathode', name: '正极材料', stage: 'UPSTREAM', aliases: [],
			  description: '磷酸铁锂与三元正极材料'})
			CREATE (dyeing:Entity:ChainLink {id: 'link-dyeing', name: '印染整理', stage: 'MIDSTREAM', aliases: ['印染'],
			  description: '面料染色与后整理'})
			CREATE (cell)-[:PART_OF]->(energy), (cathode)-[:PART_OF]->(energy), (dyeing)-[:PART_OF]->(textile)
			CREATE (cathode)-[:FEEDS]->(cell)
			CREATE (qingyuan:Entity:Institute {id: 'inst-qingyuan-lab', name: '清源创新实验室', aliases: ['清源实验室'],
			  category: 'LAB', inCity: true, description: '泉州市政府、福州大学与中化泉州共建，聚焦催化、合成材料与精细化工'})
			CREATE (cas:Entity:Institute {id: 'inst-cas-equipment', name: '中国科学院海西研究院泉州装备制造研究中心',
			  aliases: ['中科院泉州装备制造研究中心', '泉州装备中心'], category: 'ACADEMY_BRANCH', inCity: true,
			  description: '机器人与智能装备研发，技术合同成交额快速增长'})
			CREATE (tju:Entity:Institute {id: 'inst-outside-battery', name: '天津某大学储能研究院', aliases: [],
			  category: 'UNIVERSITY', inCity: false, description: '固态电池与电池安全研究'})
			CREATE (textileInst:Entity:Institute {id: 'inst-textile', name: '中纺学石狮产业研究院', aliases: ['中纺协石狮研究院'],
			  category: 'RESEARCH_INSTITUTE', inCity: true, description: '超临界二氧化碳无水染色技术'})
			CREATE (qingyuan)-[:LOCATED_IN]->(quangang), (cas)-[:LOCATED_IN]->(jinjiang), (textileInst)-[:LOCATED_IN]->(shishi)
			CREATE (storage:Entity:TestBase {id: 'base-qingyuan-energy-storage', name: '清源创新实验室能源储存与转化中试基地',
			  aliases: ['能源储存中试基地'], status: 'OPERATING', openToPublic: true,
			  services: ['PILOT_MATURATION', 'SMALL_BATCH_TRIAL', 'TESTING_CERTIFICATION'],
			  description: '面向新型储能电池材料与电芯的放大工艺验证，配备扣式与软包电池中试线、热失控测试设备'})
			CREATE (storage)-[:LOCATED_IN]->(quangang), (storage)-[:COVERS]->(cell), (storage)-[:COVERS]->(cathode),
			       (storage)-[:OPERATED_BY {role: 'LEAD'}]->(qingyuan)
			CREATE (plannedBattery:Entity:TestBase {id: 'base-planned-battery', name: '晋江动力电池中试平台', aliases: [],
			  status: 'PLANNED', openToPublic: false, services: ['PILOT_MATURATION'],
			  description: '规划建设的动力电池中试线'})
			CREATE (plannedBattery)-[:LOCATED_IN]->(jinjiang), (plannedBattery)-[:COVERS]->(cell)
			CREATE (suspended:Entity:TestBase {id: 'base-suspended-battery', name: '某电池检测中试平台', aliases: [],
			  status: 'SUSPENDED', openToPublic: true, services: ['PILOT_MATURATION', 'TESTING_CERTIFICATION'],
			  description: '锂电池安全检测与中试，已暂停运营'})
			CREATE (suspended)-[:LOCATED_IN]->(quangang), (suspended)-[:COVERS]->(cell)
			CREATE (dyeBase:Entity:TestBase {id: 'base-waterless-dyeing', name: '超临界无水染色技术中试验证平台', aliases: [],
			  status: 'OPERATING', openToPublic: true, services: ['CONCEPT_VERIFICATION', 'PILOT_MATURATION'],
			  description: '超临界二氧化碳无水染色工艺的概念验证与中试'})
			CREATE (dyeBase)-[:LOCATED_IN]->(shishi), (dyeBase)-[:COVERS]->(dyeing), (dyeBase)-[:OPERATED_BY {role: 'LEAD'}]->(textileInst)
			CREATE (solid:Entity:Result {id: 'res-solid-electrolyte', name: '高安全固态电解质锂电池', aliases: [],
			  maturity: 'BENCH', needsPilot: true, publishedOn: date('2025-03-01'),
			  description: '采用复合固态电解质，提升锂电池热稳定性与安全性，已完成小试'})
			CREATE (solid)-[:OWNED_BY]->(qingyuan), (solid)-[:APPLIES_TO]->(cell)
			CREATE (oldResult:Entity:Result {id: 'res-old-cathode', name: '高镍正极材料包覆改性', aliases: [],
			  maturity: 'LAB', needsPilot: true, publishedOn: date('2023-05-01'),
			  description: '高镍三元正极的表面包覆，改善循环寿命'})
			CREATE (oldResult)-[:OWNED_BY]->(qingyuan), (oldResult)-[:APPLIES_TO]->(cathode)
			CREATE (dyeResult:Entity:Result {id: 'res-waterless-dyeing', name: '涤纶超临界二氧化碳无水染色工艺', aliases: [],
			  maturity: 'LAB', needsPilot: true, publishedOn: date('2025-06-01'),
			  description: '以超临界二氧化碳替代水作为染色介质，无废水排放'})
			CREATE (dyeResult)-[:OWNED_BY]->(textileInst), (dyeResult)-[:APPLIES_TO]->(dyeing)
			CREATE (outsideResult:Entity:Result {id: 'res-outside-safety', name: '锂电池热失控预警技术', aliases: [],
			  maturity: 'PILOT', needsPilot: false, publishedOn: date('2024-01-01'),
			  description: '基于气体传感的电池热失控早期预警'})
			CREATE (outsideResult)-[:OWNED_BY]->(tju), (outsideResult)-[:APPLIES_TO]->(cell)
			CREATE (maker:Entity:Enterprise {id: 'ent-battery-maker', name: '泉港储能科技有限公司', aliases: [], lead: true,
			  description: '储能电池系统集成'})
			CREATE (maker)-[:LOCATED_IN]->(quangang), (maker)-[:ACTIVE_IN]->(cell)
			CREATE (demand:Entity:Demand {id: 'demand-battery-safety', name: '储能电池热失控防护技术攻关', aliases: [],
			  year: 2025, challengeList: true, status: 'OPEN', description: '需要解决大容量储能电芯热失控蔓延问题'})
			CREATE (maker)-[:POSTED]->(demand), (demand)-[:ON_LINK]->(cell)
			""";

}

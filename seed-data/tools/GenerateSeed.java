import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

/**
 * Deterministic seed generator for pilotgraph.
 * Run from the repository root:  java seed-data/tools/GenerateSeed.java
 * Reads hand-written real fragments from seed-data/tools/real/, adds synthetic filler,
 * validates everything and writes the final CSV files into seed-data/.
 */
public class GenerateSeed {
    static final Path OUT = Paths.get("seed-data");
    static final Path REAL = OUT.resolve("tools").resolve("real");
    static final Random R = new Random(20230630L);
    static final String SYN = "SYNTHETIC";
    static final String SYN_NOTE = "synthetic filler";

    static final String[][] FILES = {
        {"districts.csv", "code,name", "District"},
        {"industry_chains.csv", "id,name,aliases,description,source,sourceNote", "IndustryChain"},
        {"chain_links.csv", "id,chainId,name,stage,aliases,description,source,sourceNote", "ChainLink"},
        {"institutes.csv", "id,name,aliases,category,districtCode,inCity,description,source,sourceNote", "Institute"},
        {"enterprises.csv", "id,name,aliases,districtCode,parkId,lead,description,source,sourceNote", "Enterprise"},
        {"parks.csv", "id,name,aliases,category,districtCode,description,source,sourceNote", "Park"},
        {"test_bases.csv", "id,name,aliases,status,openToPublic,services,recognition,operatingModel,districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote", "TestBase"},
        {"results.csv", "id,name,aliases,maturity,needsPilot,publishedOn,description,source,sourceNote", "Result"},
        {"transfer_agencies.csv", "id,name,aliases,level,districtCode,description,source,sourceNote", "TransferAgency"},
        {"brokers.csv", "id,name,level,agencyId,phone,email,description,source,sourceNote", "Broker"},
        {"demands.csv", "id,name,enterpriseId,year,budget,challengeList,status,description,source,sourceNote", "Demand"},
        {"funds.csv", "id,name,aliases,category,level,description,source,sourceNote", "Fund"},
        {"link_feeds.csv", "fromLinkId,toLinkId,source,sourceNote", null},
        {"result_owners.csv", "resultId,ownerId,source,sourceNote", null},
        {"result_links.csv", "resultId,linkId,source,sourceNote", null},
        {"base_covers.csv", "baseId,linkId,source,sourceNote", null},
        {"base_operators.csv", "baseId,operatorId,role,source,sourceNote", null},
        {"base_pilots.csv", "baseId,resultId,year,source,sourceNote", null},
        {"base_serves.csv", "baseId,enterpriseId,year,projects,source,sourceNote", null},
        {"enterprise_links.csv", "enterpriseId,linkId,source,sourceNote", null},
        {"cooperations.csv", "instituteId,enterpriseId,projects,firstYear,lastYear,source,sourceNote", null},
        {"broker_serves.csv", "brokerId,partyId,since,source,sourceNote", null},
        {"broker_deals.csv", "brokerId,partyId,deals,lastYear,source,sourceNote", null},
        {"transfers.csv", "resultId,enterpriseId,amount,year,source,sourceNote", null},
        {"demand_links.csv", "demandId,linkId,source,sourceNote", null},
        {"demand_solvers.csv", "demandId,solverId,year,funding,source,sourceNote", null},
        {"investments.csv", "fundId,targetId,amount,year,source,sourceNote", null},
    };

    // ---------- deliberate gaps (see README) ----------
    static final List<String> GAP_NO_BASE = List.of("link-ne-separator", "link-ne-recycling", "link-ic-wafer",
        "link-ph-chips", "link-bm-biologics", "link-se-maintenance", "link-tx-recycling");
    static final List<String> GAP_PLANNED_ONLY = List.of("link-ne-bms", "link-se-components", "link-ic-compound",
        "link-nm-ceramic", "link-bm-device");
    static final List<String> GAP_SUSPENDED_ONLY = List.of("link-bd-sanitary");
    static final List<String> GAP_NOT_OPEN = List.of("link-pc-aromatics", "link-ph-laser");
    static final List<String> NO_OPERATING_DISTRICTS = List.of("350524", "350525", "350526", "350527");

    // turnover targets (万元) per year
    static final Map<Integer, Integer> TURNOVER = new TreeMap<>(Map.of(2019, 30500, 2020, 40700, 2021, 61800,
        2022, 100200, 2023, 128600, 2024, 152300, 2025, 171900));
    static final Map<Integer, Integer> TRANSFER_COUNT = Map.of(2019, 18, 2020, 24, 2021, 30, 2022, 40,
        2023, 46, 2024, 50, 2025, 52);

    // ---------- tables ----------
    static class Table {
        final String file; final List<String> cols; final String kind;
        final List<Map<String, String>> rows = new ArrayList<>();
        final Set<String> pairs = new HashSet<>();
        Table(String file, String header, String kind) { this.file = file; this.cols = List.of(header.split(",")); this.kind = kind; }
        String idCol() { return cols.get(0); }
        /** add a row; for relationship tables returns false (and adds nothing) if the pair already exists */
        boolean add(Map<String, String> r) {
            for (String k : r.keySet()) if (!cols.contains(k)) throw new IllegalStateException(file + ": unknown column " + k);
            if (kind == null) {
                String p = r.get(cols.get(0)) + "\u0000" + r.get(cols.get(1));
                if (!pairs.add(p)) return false;
            }
            rows.add(r); return true;
        }
        boolean has(String a, String b) { return pairs.contains(a + "\u0000" + b); }
    }
    static final Map<String, Table> T = new LinkedHashMap<>();
    static final Map<String, Map<String, String>> BY_ID = new HashMap<>();
    static final Map<String, String> KIND = new HashMap<>();
    static Table t(String file) { return T.get(file); }

    static Map<String, String> m(Object... kv) {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) r.put((String) kv[i], String.valueOf(kv[i + 1]));
        return r;
    }
    static void node(String file, Map<String, String> r) {
        Table tb = t(file); tb.add(r);
        String id = r.get(tb.idCol());
        if (BY_ID.put(id, r) != null) throw new IllegalStateException("duplicate id " + id);
        KIND.put(id, tb.kind);
    }
    static boolean rel(String file, Object... kv) { return t(file).add(m(kv)); }
    static String g(String id, String col) { Map<String, String> r = BY_ID.get(id); return r == null ? null : r.getOrDefault(col, ""); }
    static List<String> ids(String file) { Table tb = t(file); List<String> l = new ArrayList<>(); for (var r : tb.rows) l.add(r.get(tb.idCol())); return l; }

    // ---------- CSV ----------
    static List<List<String>> parseCsv(String text) {
        List<List<String>> out = new ArrayList<>(); List<String> row = new ArrayList<>(); StringBuilder f = new StringBuilder();
        boolean q = false; int i = 0; if (text.startsWith("\uFEFF")) i = 1;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"') { if (i + 1 < text.length() && text.charAt(i + 1) == '"') { f.append('"'); i++; } else q = false; }
                else f.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') { row.add(f.toString()); f.setLength(0); }
            else if (c == '\r') { /* skip */ }
            else if (c == '\n') { row.add(f.toString()); f.setLength(0); out.add(row); row = new ArrayList<>(); }
            else f.append(c);
        }
        if (f.length() > 0 || !row.isEmpty()) { row.add(f.toString()); out.add(row); }
        return out;
    }
    static String esc(String v) {
        if (v == null) return "";
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0)
            return '"' + v.replace("\"", "\"\"") + '"';
        return v;
    }
    static void loadFragments() throws IOException {
        for (Table tb : T.values()) {
            Path p = REAL.resolve(tb.file);
            if (!Files.exists(p)) continue;
            List<List<String>> rows = parseCsv(Files.readString(p, StandardCharsets.UTF_8));
            List<String> h = rows.get(0);
            if (!new HashSet<>(h).equals(new HashSet<>(tb.cols))) throw new IllegalStateException("fragment header mismatch " + p + " " + h);
            for (int i = 1; i < rows.size(); i++) {
                List<String> rr = rows.get(i);
                if (rr.size() == 1 && rr.get(0).isEmpty()) continue;
                if (rr.size() != h.size()) throw new IllegalStateException(p + " line " + (i + 1) + ": " + rr.size() + " fields");
                Map<String, String> r = new LinkedHashMap<>();
                for (int j = 0; j < h.size(); j++) if (!rr.get(j).isEmpty()) r.put(h.get(j), rr.get(j));
                if (tb.kind != null) node(tb.file, r);
                else if (!tb.add(r)) throw new IllegalStateException("duplicate pair in fragment " + p + " " + r);
            }
        }
    }
    static void writeAll() throws IOException {
        for (Table tb : T.values()) {
            StringBuilder sb = new StringBuilder(String.join(",", tb.cols)).append('\n');
            for (var r : tb.rows) {
                StringJoiner j = new StringJoiner(",");
                // a tie not from a real fragment is synthetic filler, like the generated entities
                for (String c : tb.cols) j.add(esc(r.getOrDefault(c, tb.kind == null && c.equals("source") ? SYN : "")));
                sb.append(j).append('\n');
            }
            Files.writeString(OUT.resolve(tb.file), sb.toString(), StandardCharsets.UTF_8);
        }
    }

    // ---------- random helpers ----------
    static int ri(int lo, int hi) { return lo + R.nextInt(hi - lo + 1); }
    static <X> X pick(List<X> l) { return l.get(R.nextInt(l.size())); }
    static boolean chance(double p) { return R.nextDouble() < p; }
    static <X> List<X> sample(List<X> l, int n) { List<X> c = new ArrayList<>(l); Collections.shuffle(c, R); return c.subList(0, Math.min(n, c.size())); }
    /** "code:w,code:w" weighted pick */
    static String wpick(String spec) {
        String[] parts = spec.split(","); int tot = 0;
        for (String p : parts) tot += Integer.parseInt(p.split(":")[1]);
        int x = R.nextInt(tot);
        for (String p : parts) { String[] kv = p.split(":"); x -= Integer.parseInt(kv[1]); if (x < 0) return kv[0]; }
        throw new IllegalStateException();
    }
    static final String BRAND = "恒鑫华盛泰达信宏源创锦嘉瑞兴丰隆安凯博联永正德明辉腾飞星宇新天海顺佳晟誉峰富远启航昌铭润祥";
    static String brand() {
        char a = BRAND.charAt(R.nextInt(BRAND.length())), b;
        do { b = BRAND.charAt(R.nextInt(BRAND.length())); } while (b == a);
        return "" + a + b;
    }
    static final Map<String, String> CITY = Map.ofEntries(Map.entry("350502", "泉州"), Map.entry("350503", "泉州"),
        Map.entry("350504", "泉州"), Map.entry("350505", "泉港"), Map.entry("350521", "惠安"), Map.entry("350524", "安溪"),
        Map.entry("350525", "永春"), Map.entry("350526", "德化"), Map.entry("350581", "石狮"), Map.entry("350582", "晋江"),
        Map.entry("350583", "南安"));
    static String dname(String code) { return g(code, "name"); }
    static String label(String linkId) { return g(linkId, "name").replaceAll("\\(.*\\)", ""); }
    static String chainOf(String linkId) { return g(linkId, "chainId"); }

    // ---------- domain vocab ----------
    static final Map<String, String[]> METHODS = Map.of(
        "M", new String[]{"表面包覆改性技术", "低成本连续化制备工艺", "掺杂改性与结构调控技术", "绿色低能耗合成工艺", "规模化放大制备技术", "高纯化提纯工艺", "性能评价与失效分析方法", "稳定性提升技术"},
        "P", new String[]{"关键工艺优化技术", "智能化生产工艺", "良率提升技术", "在线检测与质量控制方法", "低能耗清洁生产工艺", "自动化生产线设计", "工艺参数数字孪生优化方法", "节水减排工艺"},
        "E", new String[]{"结构设计与优化技术", "高可靠性设计方法", "关键部件国产化研制", "精密制造工艺", "智能控制技术", "性能测试与评价平台", "轻量化设计技术", "故障诊断技术"},
        "S", new String[]{"状态估计算法", "智能调度与优化控制技术", "云边协同管理平台", "故障预警与诊断方法", "安全防护策略", "数字化管理系统", "能量管理策略", "多源数据融合方法"},
        "B", new String[]{"高效合成工艺", "质量标准与检测方法", "新型制剂技术", "绿色提取纯化工艺", "稳定性提升技术", "规模化制备工艺", "药效评价方法", "缓释递送技术"});
    static final String[][] LINK_TOPICS = {
        {"link-ic-materials", "M", "湿电子化学品|KrF光刻胶|电子级氢氟酸|高纯溅射靶材"},
        {"link-ic-equipment", "E", "等离子体刻蚀设备|晶圆清洗设备|真空机械手|化学机械抛光设备"},
        {"link-ic-design", "S", "低功耗MCU芯片|电源管理芯片|高速ADC芯片|车规级驱动芯片"},
        {"link-ic-wafer", "P", "8英寸晶圆|BCD工艺晶圆|薄膜沉积|晶圆光刻"},
        {"link-ic-packaging", "P", "扇出型晶圆级封装|SiP系统级封装|功率模块封装|芯片测试"},
        {"link-ic-compound", "M", "碳化硅衬底|氮化镓外延片|碳化硅MOSFET器件|氧化镓薄膜"},
        {"link-ic-application", "E", "智能传感模组|新能源汽车电控模组|物联网通信模组|工业控制芯片方案"},
        {"link-ph-materials", "M", "激光晶体|非线性光学晶体|稀土荧光粉|光学玻璃"},
        {"link-ph-chips", "P", "VCSEL激光芯片|硅光芯片|红外探测器芯片|DFB激光芯片"},
        {"link-ph-led", "P", "Mini LED芯片|紫外LED外延片|Micro LED巨量转移|深紫外LED芯片"},
        {"link-ph-laser", "E", "超快光纤激光器|蓝光半导体激光器|激光清洗装备|固体激光模块"},
        {"link-ph-optics", "E", "非球面光学镜片|车载摄像镜头|红外光学镜头|衍射光学元件"},
        {"link-ph-display", "E", "植物照明灯具|Mini LED背光模组|智慧路灯系统|全彩显示屏"},
        {"link-ph-sensing", "S", "分布式光纤测温系统|光纤光栅传感器|高速光模块|激光雷达"},
        {"link-se-components", "E", "RV减速器|谐波减速器|永磁伺服电机|伺服驱动器"},
        {"link-se-control", "S", "开放式数控系统|多轴运动控制器|工业视觉检测软件|PLC控制系统"},
        {"link-se-robot", "E", "六轴工业机器人|协作机器人|鞋服搬运机器人|石材打磨机器人"},
        {"link-se-machine", "E", "五轴联动加工中心|石材数控雕刻机|精密数控车床|激光切割机床"},
        {"link-se-textile-machinery", "E", "电脑横机|智能鞋底注塑机|自动缝制单元|全自动制鞋流水线"},
        {"link-se-integration", "S", "鞋服智能产线|数字化纺织车间|柔性装配产线|智能仓储物流系统"},
        {"link-se-maintenance", "S", "设备预测性维护系统|工业互联网标识解析|远程运维平台|设备健康管理系统"},
        {"link-nm-monomer", "M", "生物基单体|己内酰胺|丙烯酸酯单体|乳酸单体"},
        {"link-nm-polymer", "M", "聚乳酸可降解塑料|PBAT生物降解材料|长碳链尼龙|改性聚丙烯"},
        {"link-nm-fiber", "M", "再生涤纶纤维|石墨烯改性纤维|阻燃锦纶纤维|相变储能纤维"},
        {"link-nm-composite", "M", "碳纤维增强复合材料|玄武岩纤维复合材料|热塑性复合材料|玻纤增强板材"},
        {"link-nm-ceramic", "M", "氧化锆结构陶瓷|氮化硅陶瓷|透明陶瓷|多孔陶瓷膜"},
        {"link-nm-application", "P", "石墨烯发热膜|轻量化运动器材|抗菌功能制品|环保包装制品"},
        {"link-ne-cathode", "M", "高镍三元正极材料|磷酸锰铁锂正极材料|富锂锰基正极材料|钠离子电池层状氧化物正极"},
        {"link-ne-anode", "M", "硅碳负极材料|人造石墨负极|钠离子电池硬碳负极|预锂化负极"},
        {"link-ne-separator", "M", "陶瓷涂覆隔膜|湿法聚乙烯隔膜|芳纶涂覆隔膜|耐高温复合隔膜"},
        {"link-ne-electrolyte", "M", "固态电解质|高电压电解液|阻燃电解液|新型锂盐添加剂"},
        {"link-ne-cell", "P", "大容量储能电芯|钠离子电池电芯|叠片软包电芯|半固态电池"},
        {"link-ne-bms", "S", "储能电池管理系统|电池荷电状态|电池热管理|主动均衡电路"},
        {"link-ne-storage", "S", "工商业储能系统|光储充一体化系统|液冷储能柜|电网侧储能电站"},
        {"link-ne-recycling", "P", "退役电池梯次利用|废旧正极材料再生|电池无害化拆解|锂资源湿法回收"},
        {"link-bm-api", "B", "手性医药中间体|抗病毒原料药|海洋生物活性物质|多肽原料"},
        {"link-bm-biologics", "B", "单克隆抗体|重组蛋白|mRNA疫苗|细胞治疗产品"},
        {"link-bm-chem-drug", "B", "口服缓释制剂|纳米脂质体制剂|吸入制剂|仿制药一致性评价"},
        {"link-bm-tcm", "B", "铁观音茶多酚|永春佛手提取物|中药配方颗粒|芦柑皮黄酮"},
        {"link-bm-device", "E", "体外诊断试剂盒|可穿戴康复设备|医用敷料|血糖监测仪"},
        {"link-bm-health", "B", "功能性食品|益生菌制剂|海洋胶原蛋白肽|特医食品"},
        {"link-tx-fiber", "M", "原液着色涤纶|超细旦锦纶|再生纤维素纤维|生物基聚酯纤维"},
        {"link-tx-fabric", "P", "高弹针织面料|功能性梭织面料|无缝针织面料|环保涂层面料"},
        {"link-tx-dyeing", "P", "数码喷墨印花|冷轧堆染色|少水染色|功能性后整理"},
        {"link-tx-accessories", "P", "环保金属拉链|再生尼龙拉链|功能性织带|树脂纽扣"},
        {"link-tx-garment", "P", "运动服装|智能可穿戴服装|户外冲锋衣|无缝成衣"},
        {"link-tx-recycling", "P", "废旧纺织品分拣|涤棉混纺分离|废旧衣物化学法再生|纺织边角料循环"},
        {"link-fw-materials", "M", "超临界发泡EVA|生物基橡胶鞋材|TPU鞋材|再生鞋材"},
        {"link-fw-sole", "P", "超轻发泡鞋底|碳板鞋底|3D打印鞋中底|耐磨大底"},
        {"link-fw-upper", "P", "飞织鞋面|无缝热压鞋面|3D针织鞋面|环保合成革鞋面"},
        {"link-fw-assembly", "P", "成鞋自动化成型|无胶粘合制鞋|智能鞋垫|鞋类数字化定制"},
        {"link-fw-brand", "S", "鞋服个性化定制平台|鞋类足型大数据|运动鞋服电商供应链|鞋服柔性快反系统"},
        {"link-pc-refining", "P", "重质原油加工|加氢裂化|催化裂化|炼厂氢气回收"},
        {"link-pc-olefins", "P", "乙烯裂解炉|丙烷脱氢|甲醇制烯烃|碳四烯烃分离"},
        {"link-pc-aromatics", "P", "对二甲苯吸附分离|芳烃抽提|甲苯歧化|重芳烃轻质化"},
        {"link-pc-fine-chem", "M", "聚醚多元醇|环保增塑剂|高性能表面活性剂|电子级异丙醇"},
        {"link-pc-catalyst", "M", "聚烯烃催化剂|加氢脱硫催化剂|分子筛催化剂|茂金属催化剂"},
        {"link-pc-polyolefin", "M", "高熔指聚丙烯|茂金属聚乙烯|超高分子量聚乙烯|聚烯烃弹性体"},
        {"link-pc-env", "P", "石化废水深度处理|VOCs催化燃烧|危废资源化|工业设备清洗"},
        {"link-bd-stone", "P", "石材智能切割|大板石材连续磨抛|石材防护处理|荒料高效开采"},
        {"link-bd-ceramic", "P", "大规格陶瓷岩板|低温快烧瓷砖|抗菌陶瓷釉料|陶瓷窑炉余热回收"},
        {"link-bd-sanitary", "E", "智能马桶|节水龙头阀芯|无铅铜合金水嘴|恒温淋浴系统"},
        {"link-bd-green", "M", "石材锯泥制砖|陶瓷废料再生骨料|固废基胶凝材料|人造石英石"},
        {"link-bd-decor", "P", "装配式石材幕墙|岩板家居|石材复合板|数字化铺贴"},
    };
    // chainId -> enterprise spec: weighted districts ; name suffixes ; count
    static final String[][] ENT_SPEC = {
        {"chain-footwear", "350582:10,350503:1,350502:1,350583:1,350581:1", "鞋业有限公司|鞋材科技有限公司|体育用品有限公司|鞋服有限公司", "45"},
        {"chain-textile", "350581:7,350582:5,350502:1,350503:1", "纺织科技有限公司|服饰有限公司|印染有限公司|织造有限公司|服装辅料有限公司", "45"},
        {"chain-building-materials", "350583:8,350582:3,350526:2,350521:1", "石材有限公司|卫浴有限公司|陶瓷有限公司|建材科技有限公司", "35"},
        {"chain-petrochemical", "350505:6,350521:4", "化工有限公司|石化科技有限公司|精细化工有限公司|环保科技有限公司", "30"},
        {"chain-new-materials", "350505:3,350521:3,350582:2,350503:1,350526:1", "新材料科技有限公司|高分子材料有限公司|复合材料有限公司|纤维科技有限公司", "30"},
        {"chain-new-energy", "350503:3,350582:3,350583:2,350505:2,350521:1,350504:1", "新能源科技有限公司|储能科技有限公司|电池材料有限公司|能源科技有限公司", "35"},
        {"chain-ic-semiconductor", "350582:4,350583:3,350521:2,350503:1", "半导体有限公司|集成电路有限公司|微电子科技有限公司|芯片科技有限公司", "25"},
        {"chain-photonics", "350583:4,350524:2,350503:2,350502:1", "光电科技有限公司|光学科技有限公司|照明科技有限公司|激光科技有限公司", "25"},
        {"chain-smart-equipment", "350503:3,350502:3,350504:3,350582:2,350583:1", "智能装备有限公司|机械有限公司|自动化科技有限公司|机器人科技有限公司", "30"},
        {"chain-biomedicine", "350503:3,350502:3,350525:2,350524:1", "生物医药有限公司|药业有限公司|生物科技有限公司|医疗器械有限公司", "20"},
    };
    static final Map<String, String> CHAIN_INST = Map.of(
        "chain-new-energy", "inst-qingyuan-lab,inst-hit-quanzhou,inst-xmu,inst-fjirsm,inst-hqu,inst-tju-quanzhou,inst-fzu",
        "chain-ic-semiconductor", "inst-tju-quanzhou,inst-qzit,inst-fjirsm,inst-hqu,inst-xmu,inst-qingyuan-lab",
        "chain-photonics", "inst-qnu,inst-fjirsm,inst-hqu,inst-fjnu",
        "chain-smart-equipment", "inst-cas-quanzhou-equipment,inst-hit-quanzhou,inst-hust-quanzhou,inst-fj-advanced-mfg,inst-qzit,inst-hust,inst-hit",
        "chain-new-materials", "inst-quangang-petrochem,inst-qingyuan-lab,inst-hqu,inst-tju-quanzhou,inst-fzu,inst-tju",
        "chain-biomedicine", "inst-hqu,inst-xmu,inst-fjnu,inst-jmu,inst-qnu",
        "chain-textile", "inst-cta-shishi,inst-mnust,inst-qnu,inst-liming,inst-cas-quanzhou-equipment",
        "chain-footwear", "inst-liming,inst-qzvtu,inst-hqu,inst-cas-quanzhou-equipment",
        "chain-petrochemical", "inst-qingyuan-lab,inst-quangang-petrochem,inst-fzu,inst-tju-quanzhou,inst-nju",
        "chain-building-materials", "inst-hqu,inst-fj-advanced-mfg,inst-yangen");
    static final String[][] SYN_INST = { // name, category, district, chain
        {"晋江市鞋服产业技术研究院", "RESEARCH_INSTITUTE", "350582", "chain-footwear"},
        {"石狮市纺织印染技术研究所", "RESEARCH_INSTITUTE", "350581", "chain-textile"},
        {"南安市石材产业技术研究院", "RESEARCH_INSTITUTE", "350583", "chain-building-materials"},
        {"泉州市光电产业技术研究院", "RESEARCH_INSTITUTE", "350583", "chain-photonics"},
        {"泉州市储能电池工程技术研究中心", "RESEARCH_INSTITUTE", "350503", "chain-new-energy"},
        {"晋江市集成电路创新研究院", "RESEARCH_INSTITUTE", "350582", "chain-ic-semiconductor"},
        {"泉州市生物医药产业研究院", "RESEARCH_INSTITUTE", "350502", "chain-biomedicine"},
        {"惠安县新材料工程技术研究院", "RESEARCH_INSTITUTE", "350521", "chain-new-materials"},
        {"泉州市智能装备创新实验室", "LAB", "350504", "chain-smart-equipment"},
        {"泉港区精细化工研究所", "RESEARCH_INSTITUTE", "350505", "chain-petrochemical"},
        {"德化县陶瓷材料研究所", "RESEARCH_INSTITUTE", "350526", "chain-new-materials"},
        {"永春县中药材资源研究所", "RESEARCH_INSTITUTE", "350525", "chain-biomedicine"},
    };
    static final String[][] SYN_PARKS = {
        {"丰泽科创高新技术产业园", "HIGH_TECH_PARK", "350503"}, {"鲤城智造标准化园区", "STANDARD_INDUSTRIAL_PARK", "350502"},
        {"洛江智能装备产业园", "HIGH_TECH_PARK", "350504"}, {"晋江鞋服产业标准化园区", "STANDARD_INDUSTRIAL_PARK", "350582"},
        {"晋江半导体科创园", "HIGH_TECH_PARK", "350582"}, {"石狮纺织服装标准化园区", "STANDARD_INDUSTRIAL_PARK", "350581"},
        {"石狮时尚创意孵化器", "INCUBATOR", "350581"}, {"南安光电科创园", "HIGH_TECH_PARK", "350583"},
        {"南安石材卫浴标准化园区", "STANDARD_INDUSTRIAL_PARK", "350583"}, {"惠安新材料产业园", "HIGH_TECH_PARK", "350521"},
        {"泉港新能源材料孵化器", "INCUBATOR", "350505"}, {"丰泽科技企业孵化器", "INCUBATOR", "350503"},
        {"鲤城生物医药孵化器", "INCUBATOR", "350502"}, {"晋江创业孵化基地", "INCUBATOR", "350582"},
        {"南安创新创业孵化器", "INCUBATOR", "350583"}, {"安溪光电产业园", "HIGH_TECH_PARK", "350524"},
        {"德化陶瓷产业标准化园区", "STANDARD_INDUSTRIAL_PARK", "350526"},
    };
    static final String[][] SYN_FUNDS = {
        {"泉州市产业发展母基金", "INDUSTRY", "CITY"}, {"泉州市天使投资引导基金", "ANGEL", "CITY"},
        {"泉州市科技创新创业投资基金", "VENTURE", "CITY"}, {"泉州市中试基地建设专项子基金", "INDUSTRY", "CITY"},
        {"晋江市产业投资母基金", "INDUSTRY", "COUNTY"}, {"石狮市创新创业投资基金", "VENTURE", "COUNTY"},
        {"南安市产业引导基金", "INDUSTRY", "COUNTY"}, {"泉港区石化产业基金", "INDUSTRY", "COUNTY"},
        {"丰泽区天使投资基金", "ANGEL", "COUNTY"}, {"泉州金控科创投资基金", "VENTURE", "STATE_OWNED"},
        {"泉州国投新动能产业基金", "INDUSTRY", "STATE_OWNED"}, {"泉州城建国资天使基金", "ANGEL", "STATE_OWNED"},
    };

    // ---------- derived indexes ----------
    static final Map<String, List<String>> CHAIN_LINKS = new LinkedHashMap<>();
    static final Map<String, String> ENT_CHAIN = new HashMap<>();
    static final Map<String, List<String>> CHAIN_ENTS = new HashMap<>();
    static final Map<String, List<String>> LINK_ENTS = new HashMap<>();
    static final Map<String, String> INST_CHAIN = new HashMap<>();
    static final Map<String, Set<String>> RES_LINKS = new HashMap<>();
    static final Map<String, Set<String>> BASE_LINKS = new HashMap<>();
    static final Map<String, Integer> PILOT_YEAR = new HashMap<>();
    static final Set<String> NAMES = new HashSet<>();
    static boolean freshName(String kind, String name) { return NAMES.add(kind + "\u0000" + name); }
    static List<String> instFor(String chain) {
        List<String> l = new ArrayList<>(List.of(CHAIN_INST.get(chain).split(",")));
        for (var e : INST_CHAIN.entrySet()) if (e.getValue().equals(chain)) l.add(e.getKey());
        Collections.sort(l); return l;
    }
    static int year(String date) { return Integer.parseInt(date.substring(0, 4)); }

    public static void main(String[] args) throws IOException {
        for (String[] f : FILES) T.put(f[0], new Table(f[0], f[1], f[2]));
        loadFragments();
        for (var r : t("chain_links.csv").rows) CHAIN_LINKS.computeIfAbsent(r.get("chainId"), k -> new ArrayList<>()).add(r.get("id"));
        for (var tb : T.values()) if (tb.kind != null) for (var r : tb.rows) freshName(tb.kind, r.get("name"));
        ENT_CHAIN.put("ent-dexing-zipper", "chain-textile"); ENT_CHAIN.put("ent-sinochem-quanzhou", "chain-petrochemical");
        ENT_CHAIN.put("ent-youda", "chain-petrochemical");
        for (var r : t("base_covers.csv").rows) BASE_LINKS.computeIfAbsent(r.get("baseId"), k -> new TreeSet<>()).add(r.get("linkId"));
        for (var r : t("result_links.csv").rows) RES_LINKS.computeIfAbsent(r.get("resultId"), k -> new TreeSet<>()).add(r.get("linkId"));
        for (var r : t("base_pilots.csv").rows) PILOT_YEAR.merge(r.get("resultId"), Integer.parseInt(r.get("year")), Math::min);
        genInstitutes(); genParks(); genEnterprises(); genAgencies(); genFunds(); genLinkFeeds();
        genBases(); genResults(); genPilots(); genTransfers(); genCooperations(); genServes();
        genBrokers(); genDemands(); genInvestments();
        validate();
        writeAll();
        for (Table tb : T.values()) System.out.printf("%-24s %5d rows%n", tb.file, tb.rows.size());
        System.out.println("turnover by year: " + turnover());
    }

    static void genInstitutes() {
        int n = 1;
        for (String[] s : SYN_INST) {
            String id = String.format("inst-%04d", n++);
            freshName("Institute", s[0]);
            node("institutes.csv", m("id", id, "name", s[0], "category", s[1], "districtCode", s[2], "inCity", "true",
                "description", s[0] + "是面向" + dname(s[2]) + g(s[3], "name") + "产业的地方研发机构，开展共性技术研究、检测和技术服务。",
                "source", SYN, "sourceNote", SYN_NOTE));
            INST_CHAIN.put(id, s[3]);
        }
    }
    static void genParks() {
        int n = 1;
        for (String[] s : SYN_PARKS) {
            String id = String.format("park-%04d", n++);
            freshName("Park", s[0]);
            String what = switch (s[1]) { case "INCUBATOR" -> "科技企业孵化器，为初创企业提供场地、创业辅导和中试熟化承接服务。";
                case "HIGH_TECH_PARK" -> "高新技术产业园区，集聚研发机构和高新技术企业。"; default -> "工业标准化园区，提供标准厂房和配套设施，承接中试成果规模化生产。"; };
            node("parks.csv", m("id", id, "name", s[0], "category", s[1], "districtCode", s[2],
                "description", "位于" + dname(s[2]) + "的" + what, "source", SYN, "sourceNote", SYN_NOTE));
        }
    }
    static List<String> parksIn(String district, String category) {
        List<String> l = new ArrayList<>();
        for (var r : t("parks.csv").rows) if (district.equals(r.get("districtCode")) && (category == null || category.equals(r.get("category")))) l.add(r.get("id"));
        return l;
    }
    static void genEnterprises() {
        int n = 1;
        for (String[] spec : ENT_SPEC) {
            String chain = spec[0]; String[] suffixes = spec[2].split("\\|"); int count = Integer.parseInt(spec[3]);
            List<String> links = CHAIN_LINKS.get(chain);
            for (int i = 0; i < count; i++) {
                String d = wpick(spec[1]); String name;
                do { name = (chance(0.1) ? "福建" : CITY.get(d)) + brand() + pick(List.of(suffixes)); } while (!freshName("Enterprise", name));
                String id = String.format("ent-%04d", n++);
                List<String> parks = parksIn(d, null); parks.removeIf(p -> g(p, "category").equals("INCUBATOR") && !chance(0.3));
                String park = !parks.isEmpty() && chance(0.35) ? pick(parks) : null;
                boolean lead = chance(0.09);
                List<String> mine = sample(links, ri(1, 3));
                StringJoiner lj = new StringJoiner("、"); for (String l : mine) lj.add(label(l));
                String desc = switch (R.nextInt(3)) {
                    case 0 -> dname(d) + "的" + g(chain, "name") + "企业，主要从事" + lj + "相关产品的研发与生产。";
                    case 1 -> "专注" + lj + "领域的" + (lead ? "龙头" : "科技型") + "企业，设有企业技术中心，与高校院所保持合作。";
                    default -> "位于" + dname(d) + "，产品覆盖" + lj + "，近年持续开展技术改造和新产品开发。"; };
                node("enterprises.csv", m("id", id, "name", name, "districtCode", d, "parkId", park, "lead", lead,
                    "description", desc, "source", SYN, "sourceNote", SYN_NOTE));
                ENT_CHAIN.put(id, chain);
                for (String l : mine) rel("enterprise_links.csv", "enterpriseId", id, "linkId", l);
            }
        }
        for (var r : t("enterprise_links.csv").rows) LINK_ENTS.computeIfAbsent(r.get("linkId"), k -> new ArrayList<>()).add(r.get("enterpriseId"));
        for (var e : ENT_CHAIN.entrySet()) CHAIN_ENTS.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        for (var l : CHAIN_ENTS.values()) Collections.sort(l);
        for (var l : LINK_ENTS.values()) Collections.sort(l);
    }
    static final String[] AG_KIND = {"技术转移中心", "科技成果转化服务中心", "知识产权运营中心", "技术交易服务有限公司", "产学研促进中心"};
    static void genAgencies() {
        String[] districts = {"350503", "350502", "350582", "350581", "350583", "350505", "350521", "350504"};
        String[] pref = {"泉州", "海丝", "刺桐", "闽南", "泉创", "智汇", "科融", "桐城"};
        int n = 1;
        while (t("transfer_agencies.csv").rows.size() < 33) {
            String d = districts[(n - 1) % districts.length];
            String name = (n % 3 == 0 ? CITY.get(d) : pref[R.nextInt(pref.length)]) + brand() + AG_KIND[R.nextInt(AG_KIND.length)];
            if (!freshName("TransferAgency", name)) continue;
            String level = n <= 24 ? "PROVINCIAL" : "MUNICIPAL";
            node("transfer_agencies.csv", m("id", String.format("agency-%04d", n++), "name", name, "level", level, "districtCode", d,
                "description", "位于" + dname(d) + "的" + (level.equals("PROVINCIAL") ? "省级" : "市级") + "技术转移服务机构，提供成果评价、技术经纪和供需对接服务。",
                "source", SYN, "sourceNote", SYN_NOTE));
        }
    }
    static void genFunds() {
        int n = 1;
        for (String[] s : SYN_FUNDS) {
            freshName("Fund", s[0]);
            String lv = switch (s[2]) { case "CITY" -> "市级"; case "COUNTY" -> "县级"; default -> "国企"; };
            String cat = switch (s[1]) { case "ANGEL" -> "天使投资"; case "VENTURE" -> "创业投资"; default -> "产业投资"; };
            node("funds.csv", m("id", String.format("fund-%04d", n++), "name", s[0], "category", s[1], "level", s[2],
                "description", "泉州市、县、国企三级基金体系中的" + lv + cat + "基金，支持本地产业项目和中试基地建设。",
                "source", SYN, "sourceNote", SYN_NOTE + " (modelled on the 市、县、国企三级母基金 system in 泉科函〔2023〕63号)"));
        }
    }
    static void genLinkFeeds() {
        for (var e : CHAIN_LINKS.entrySet()) {
            for (String a : e.getValue()) for (String b : e.getValue()) {
                String sa = g(a, "stage"), sb = g(b, "stage");
                if ((sa.equals("UPSTREAM") && sb.equals("MIDSTREAM")) || (sa.equals("MIDSTREAM") && sb.equals("DOWNSTREAM")))
                    rel("link_feeds.csv", "fromLinkId", a, "toLinkId", b);
            }
        }
    }

    static final String OPERATING_DISTRICTS = "350582:5,350581:3,350583:3,350503:4,350502:3,350505:3,350521:3,350504:2";
    static final Map<String, String> SERVICE_ZH = Map.of("CONCEPT_VERIFICATION", "概念验证", "PILOT_MATURATION", "中试熟化",
        "SMALL_BATCH_TRIAL", "小批量试生产", "TESTING_CERTIFICATION", "检验检测");
    static int baseN = 1;
    static String makeBase(String status, boolean open, String district, List<String> links, String model) {
        String chain = chainOf(links.get(0));
        List<String> services = new ArrayList<>();
        for (String s : List.of("CONCEPT_VERIFICATION", "PILOT_MATURATION", "SMALL_BATCH_TRIAL", "TESTING_CERTIFICATION"))
            if (chance(s.equals("PILOT_MATURATION") ? 0.85 : 0.45)) services.add(s);
        if (services.isEmpty()) services.add("PILOT_MATURATION");
        String[] suf = services.size() == 1 && services.get(0).equals("TESTING_CERTIFICATION") ? new String[]{"检验检测中心"}
            : services.get(0).equals("CONCEPT_VERIFICATION") && chance(0.4) ? new String[]{"概念验证中心", "中试验证平台"}
            : new String[]{"中试基地", "中试平台", "中试熟化平台", "中试验证平台", "中试服务中心"};
        String name = null;
        for (int k = 0; k < 40 && name == null; k++) {
            String cand = (k < 10 ? CITY.get(district) : CITY.get(district) + brand()) + label(links.get(k % links.size())) + suf[R.nextInt(suf.length)];
            if (freshName("TestBase", cand)) name = cand;
        }
        String id = String.format("base-%04d", baseN++);
        // operators
        List<String> insts = instFor(chain); List<String> inCity = new ArrayList<>();
        for (String i : insts) if ("true".equals(g(i, "inCity"))) inCity.add(i);
        String lead; String park = null; String leadName;
        List<String> ents = new ArrayList<>(CHAIN_ENTS.get(chain));
        if (model.equals("ENTERPRISE_INSTITUTE") || (model.equals("OTHER") && chance(0.5))) {
            List<String> leads = new ArrayList<>(); for (String e : ents) if ("true".equals(g(e, "lead"))) leads.add(e);
            lead = leads.isEmpty() ? pick(ents) : pick(leads);
            BY_ID.get(lead).put("lead", "true");
            rel("base_operators.csv", "baseId", id, "operatorId", lead, "role", "LEAD");
            if (!model.equals("OTHER")) rel("base_operators.csv", "baseId", id, "operatorId", pick(inCity), "role", "PARTNER");
        } else {
            lead = pick(inCity);
            rel("base_operators.csv", "baseId", id, "operatorId", lead, "role", "LEAD");
            if (model.equals("INSTITUTE_INCUBATOR")) {
                List<String> inc = parksIn(district, "INCUBATOR");
                if (inc.isEmpty()) { inc = new ArrayList<>(); for (var r : t("parks.csv").rows) if (r.get("category").equals("INCUBATOR")) inc.add(r.get("id")); }
                String p = pick(inc); rel("base_operators.csv", "baseId", id, "operatorId", p, "role", "INCUBATOR");
                if (district.equals(g(p, "districtCode"))) park = p;
            }
            if (model.equals("INSTITUTE_INVESTOR") && chance(0.5)) rel("base_operators.csv", "baseId", id, "operatorId", pick(ents), "role", "INVESTOR");
            if (chance(0.4)) rel("base_operators.csv", "baseId", id, "operatorId", pick(ents), "role", "PARTNER");
        }
        leadName = g(lead, "name");
        if (park == null) { List<String> ps = parksIn(district, null); ps.removeIf(p -> g(p, "category").equals("INCUBATOR")); if (!ps.isEmpty() && chance(0.45)) park = pick(ps); }
        int est; String rec; Integer eq;
        switch (status) {
            case "OPERATING" -> { est = ri(2016, 2024); rec = pick(List.of("NONE", "REGISTERED", "REGISTERED", "RECOGNISED", "RECOGNISED", "PROVINCIAL")); eq = ri(20, 300) * 10; }
            case "UNDER_CONSTRUCTION" -> { est = ri(2024, 2025); rec = chance(0.5) ? "REGISTERED" : "NONE"; eq = chance(0.6) ? ri(10, 150) * 10 : null; }
            case "SUSPENDED" -> { est = ri(2017, 2019); rec = "NONE"; eq = ri(15, 60) * 10; }
            default -> { est = 2026; rec = "NONE"; eq = null; }
        }
        if (rec.equals("PROVINCIAL") && eq < 800) eq = 800 + ri(0, 100) * 10;
        StringJoiner lj = new StringJoiner("、"); for (String l : links) lj.add(label(l));
        StringJoiner sj = new StringJoiner("、"); for (String s : services) sj.add(SERVICE_ZH.get(s));
        String tail = switch (status) {
            case "OPERATING" -> open ? "平台面向社会开放，近年已为本地企业提供多批次试验验证服务。" : "平台目前主要服务运营方内部研发和生产项目，暂未面向社会开放。";
            case "UNDER_CONSTRUCTION" -> "项目正在建设中，部分中试线已完成设备安装调试。";
            case "SUSPENDED" -> "因运营方调整业务方向，平台自2023年起暂停对外服务。";
            default -> "目前处于规划论证阶段，计划于" + est + "年启动建设。"; };
        node("test_bases.csv", m("id", id, "name", name, "status", status, "openToPublic", open, "services", String.join("|", services),
            "recognition", rec, "operatingModel", model, "districtCode", district, "parkId", park, "establishedYear", est, "equipmentValue", eq,
            "description", name + "由" + leadName + "牵头建设，面向" + g(chain, "name") + "产业链的" + lj + "环节。主要提供" + sj + "等服务。" + tail,
            "source", SYN, "sourceNote", SYN_NOTE));
        for (String l : links) { rel("base_covers.csv", "baseId", id, "linkId", l); BASE_LINKS.computeIfAbsent(id, k -> new TreeSet<>()).add(l); }
        return id;
    }
    static void genBases() {
        Set<String> gaps = new HashSet<>(); gaps.addAll(GAP_NO_BASE); gaps.addAll(GAP_PLANNED_ONLY); gaps.addAll(GAP_SUSPENDED_ONLY); gaps.addAll(GAP_NOT_OPEN);
        List<String> free = new ArrayList<>(); for (String l : ids("chain_links.csv")) if (!gaps.contains(l)) free.add(l);
        Set<String> covered = new HashSet<>();
        for (var r : t("base_covers.csv").rows) if ("OPERATING".equals(g(r.get("baseId"), "status")) && "true".equals(g(r.get("baseId"), "openToPublic"))) covered.add(r.get("linkId"));
        String[] models = {"INSTITUTE_INCUBATOR", "ENTERPRISE_INSTITUTE", "INSTITUTE_INVESTOR", "ENTERPRISE_INSTITUTE", "INSTITUTE_INCUBATOR", "OTHER"};
        int k = 0;
        while (true) {
            List<String> unc = new ArrayList<>(); for (String l : free) if (!covered.contains(l)) unc.add(l);
            if (unc.isEmpty() && k >= 24) break;
            String primary = unc.isEmpty() ? pick(free) : unc.get(0);
            List<String> links = new ArrayList<>(List.of(primary));
            List<String> same = new ArrayList<>(); for (String l : CHAIN_LINKS.get(chainOf(primary))) if (free.contains(l) && !l.equals(primary)) same.add(l);
            same.sort(Comparator.comparing(l -> covered.contains(l) ? 1 : 0));
            int extra = ri(0, 2); for (int i = 0; i < extra && i < same.size(); i++) links.add(same.get(i));
            makeBase("OPERATING", true, wpick(OPERATING_DISTRICTS), links, models[k++ % models.length]);
            covered.addAll(links);
        }
        // operating but not open to the public: only gap links + a free link
        makeBase("OPERATING", false, "350505", List.of("link-pc-aromatics", "link-pc-refining"), "ENTERPRISE_INSTITUTE");
        makeBase("OPERATING", false, "350583", List.of("link-ph-laser"), "OTHER");
        makeBase("OPERATING", false, "350582", List.of("link-ph-laser", "link-ph-optics"), "ENTERPRISE_INSTITUTE");
        makeBase("SUSPENDED", false, "350583", List.of("link-bd-sanitary"), "ENTERPRISE_INSTITUTE");
        // planned / under construction
        makeBase("PLANNED", true, "350526", List.of("link-nm-ceramic", "link-bd-ceramic"), "INSTITUTE_INCUBATOR");
        makeBase("PLANNED", true, "350525", List.of("link-bm-tcm", "link-bm-health"), "ENTERPRISE_INSTITUTE");
        makeBase("UNDER_CONSTRUCTION", true, "350524", List.of("link-ph-led", "link-ph-display"), "INSTITUTE_INVESTOR");
        makeBase("UNDER_CONSTRUCTION", true, "350502", List.of("link-bm-device", "link-bm-chem-drug"), "INSTITUTE_INCUBATOR");
        makeBase("UNDER_CONSTRUCTION", true, "350582", List.of("link-ic-compound", "link-ic-packaging"), "INSTITUTE_INVESTOR");
        makeBase("PLANNED", true, "350503", List.of("link-ne-bms", "link-ne-anode"), "INSTITUTE_INVESTOR");
        makeBase("UNDER_CONSTRUCTION", true, "350581", List.of("link-tx-garment", "link-tx-fiber"), "INSTITUTE_INCUBATOR");
        makeBase("PLANNED", true, "350583", List.of("link-bd-green", "link-bd-stone"), "OTHER");
    }

    static final Map<String, String[]> TOPIC = new HashMap<>();
    static String randomDate(LocalDate from, LocalDate to) { return from.plusDays(R.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1)).toString(); }
    static void genResults() {
        for (String[] tp : LINK_TOPICS) TOPIC.put(tp[0], tp);
        Set<String> waiting = new HashSet<>(GAP_NO_BASE); waiting.addAll(GAP_PLANNED_ONLY); waiting.addAll(GAP_SUSPENDED_ONLY); waiting.addAll(GAP_NOT_OPEN);
        int n = 1;
        for (String link : ids("chain_links.csv")) {
            String[] tp = TOPIC.get(link); if (tp == null) throw new IllegalStateException("no topics for " + link);
            String[] objs = tp[2].split("\\|"); String[] meth = METHODS.get(tp[1]);
            String chain = chainOf(link);
            for (int i = 0; i < 8; i++) {
                String name;
                do { name = objs[R.nextInt(objs.length)] + meth[R.nextInt(meth.length)]; } while (!freshName("Result", name));
                String mat;
                if (waiting.contains(link) && i < 3) mat = i == 1 ? "BENCH" : "LAB";
                else { double x = R.nextDouble(); mat = x < 0.22 ? "LAB" : x < 0.5 ? "BENCH" : x < 0.78 ? "PILOT" : "INDUSTRIAL"; }
                boolean early = mat.equals("PILOT") || mat.equals("INDUSTRIAL");
                boolean needs = !early && (waiting.contains(link) && i < 3 || chance(0.75));
                String date = randomDate(LocalDate.of(2019, 1, 1), early ? LocalDate.of(2025, 6, 30) : LocalDate.of(2026, 10, 31));
                String id = String.format("res-%04d", n++);
                // owners
                List<String> owners = new ArrayList<>();
                double o = R.nextDouble();
                List<String> insts = instFor(chain), ents = CHAIN_ENTS.get(chain);
                if (o < 0.65) owners.add(pick(insts));
                else if (o < 0.85) owners.add(pick(LINK_ENTS.getOrDefault(link, ents)));
                else { owners.add(pick(insts)); owners.add(pick(ents)); }
                if (o < 0.65 && chance(0.15)) { String s = pick(insts); if (!owners.contains(s)) owners.add(s); }
                String stage = switch (mat) { case "LAB" -> "目前处于实验室阶段，已完成原理验证和样品制备。";
                    case "BENCH" -> "已完成小试，关键性能指标达到设计要求。"; case "PILOT" -> "已完成中试验证，具备工程化放大条件。";
                    default -> "已实现产业化应用，在合作企业稳定量产。"; };
                String desc = g(owners.get(0), "name") + "面向" + label(link) + "环节研发的" + name + "成果。" + stage + (needs ? "下一步亟需中试平台开展放大验证和工艺熟化。" : "");
                node("results.csv", m("id", id, "name", name, "maturity", mat, "needsPilot", needs, "publishedOn", date,
                    "description", desc, "source", SYN, "sourceNote", SYN_NOTE));
                for (String ow : owners) rel("result_owners.csv", "resultId", id, "ownerId", ow);
                rel("result_links.csv", "resultId", id, "linkId", link);
                RES_LINKS.computeIfAbsent(id, k -> new TreeSet<>()).add(link);
                if (!(waiting.contains(link) && i < 3) && chance(0.25)) {
                    String l2 = pick(CHAIN_LINKS.get(chain));
                    if (rel("result_links.csv", "resultId", id, "linkId", l2)) RES_LINKS.get(id).add(l2);
                }
            }
        }
    }
    static void genPilots() {
        List<String> res = ids("results.csv");
        for (String b : ids("test_bases.csv")) {
            String st = g(b, "status");
            if (!st.equals("OPERATING") && !st.equals("SUSPENDED")) continue;
            int est = Integer.parseInt(g(b, "establishedYear")); int maxY = st.equals("SUSPENDED") ? 2022 : 2025;
            List<String> cand = new ArrayList<>();
            for (String r : res) {
                String mat = g(r, "maturity");
                if (!(mat.equals("PILOT") || mat.equals("INDUSTRIAL")) || r.startsWith("res-w")) continue;
                if (!Collections.disjoint(RES_LINKS.get(r), BASE_LINKS.get(b))) cand.add(r);
            }
            for (String r : sample(cand, ri(2, 6))) {
                int y = Math.max(year(g(r, "publishedOn")), est) + ri(0, 1);
                if (y > maxY) continue;
                if (rel("base_pilots.csv", "baseId", b, "resultId", r, "year", y)) PILOT_YEAR.merge(r, y, Math::min);
            }
        }
    }
    static String entForResult(String r) {
        List<String> c = new ArrayList<>();
        for (String l : RES_LINKS.get(r)) c.addAll(LINK_ENTS.getOrDefault(l, List.of()));
        if (c.isEmpty() || chance(0.3)) c = CHAIN_ENTS.get(chainOf(RES_LINKS.get(r).iterator().next()));
        return pick(c);
    }
    static void genTransfers() {
        // the dyeing result reaches two textile enterprises in 石狮/晋江 besides 得兴拉链
        List<String> textile = new ArrayList<>();
        for (String e : LINK_ENTS.get("link-tx-dyeing")) if (List.of("350581", "350582").contains(g(e, "districtCode")) && e.startsWith("ent-0")) textile.add(e);
        DYE_ENTS.addAll(textile.subList(0, 2));
        rel("transfers.csv", "resultId", "res-waterless-dyeing", "enterpriseId", DYE_ENTS.get(0), "amount", 420, "year", 2024);
        rel("transfers.csv", "resultId", "res-waterless-dyeing", "enterpriseId", DYE_ENTS.get(1), "amount", 360, "year", 2025);
        for (String e : DYE_ENTS) rel("cooperations.csv", "instituteId", "inst-cta-shishi", "enterpriseId", e, "projects", ri(1, 4), "firstYear", 2022, "lastYear", 2025);
        List<String> res = ids("results.csv");
        for (int y : TURNOVER.keySet()) {
            int fixed = 0; for (var r : t("transfers.csv").rows) if (Integer.parseInt(r.get("year")) == y) fixed += Integer.parseInt(r.get("amount"));
            List<String[]> pairs = new ArrayList<>();
            List<String> cand = new ArrayList<>(), piloted = new ArrayList<>();
            for (String r : res) {
                if (r.startsWith("res-w")) continue;
                String mat = g(r, "maturity");
                boolean ok = mat.equals("PILOT") || mat.equals("INDUSTRIAL") || (mat.equals("BENCH") && chance(0.03));
                if (!ok || year(g(r, "publishedOn")) > y) continue;
                cand.add(r);
                if (PILOT_YEAR.containsKey(r) && PILOT_YEAR.get(r) < y) piloted.add(r);
            }
            int want = TRANSFER_COUNT.get(y), guard = 0;
            Set<String> seen = new HashSet<>();
            while (pairs.size() < want && guard++ < 10000) {
                String r = !piloted.isEmpty() && chance(0.35) ? pick(piloted) : pick(cand);
                String e = entForResult(r);
                if (t("transfers.csv").has(r, e) || !seen.add(r + "|" + e)) continue;
                pairs.add(new String[]{r, e});
            }
            double[] w = new double[pairs.size()]; double sw = 0;
            for (int i = 0; i < w.length; i++) { w[i] = Math.exp(R.nextGaussian() * 0.8); sw += w[i]; }
            int rest = TURNOVER.get(y) - fixed, acc = 0;
            for (int i = 0; i < pairs.size(); i++) {
                int amt = i == pairs.size() - 1 ? rest - acc : Math.max(10, (int) Math.round(w[i] / sw * rest));
                if (amt <= 0) throw new IllegalStateException("turnover scaling failed for " + y);
                acc += amt;
                rel("transfers.csv", "resultId", pairs.get(i)[0], "enterpriseId", pairs.get(i)[1], "amount", amt, "year", y);
            }
        }
    }
    static final List<String> DYE_ENTS = new ArrayList<>();

    static void genCooperations() {
        // owners of transferred results cooperate with the receiving enterprise
        Map<String, List<String>> owners = new HashMap<>();
        for (var r : t("result_owners.csv").rows) owners.computeIfAbsent(r.get("resultId"), k -> new ArrayList<>()).add(r.get("ownerId"));
        for (var tr : t("transfers.csv").rows) {
            int y = Integer.parseInt(tr.get("year"));
            for (String o : owners.get(tr.get("resultId")))
                if (KIND.get(o).equals("Institute")) rel("cooperations.csv", "instituteId", o, "enterpriseId", tr.get("enterpriseId"),
                    "projects", ri(1, 5), "firstYear", Math.max(2015, y - ri(0, 3)), "lastYear", Math.min(2025, y + ri(0, 2)));
        }
        for (String e : ids("enterprises.csv")) {
            List<String> insts = instFor(ENT_CHAIN.get(e));
            for (String i : sample(insts, ri(0, 2))) {
                int f = ri(2015, 2024);
                rel("cooperations.csv", "instituteId", i, "enterpriseId", e, "projects", ri(1, 8), "firstYear", f, "lastYear", ri(f, 2025));
            }
        }
    }
    static void genServes() {
        for (String b : ids("test_bases.csv")) {
            String st = g(b, "status");
            if (!st.equals("OPERATING") && !st.equals("SUSPENDED")) continue;
            int est = Integer.parseInt(g(b, "establishedYear")); int maxY = st.equals("SUSPENDED") ? 2022 : 2025;
            Set<String> cand = new TreeSet<>();
            for (String l : BASE_LINKS.get(b)) { cand.addAll(LINK_ENTS.getOrDefault(l, List.of())); }
            if (cand.size() < 6) cand.addAll(CHAIN_ENTS.get(chainOf(BASE_LINKS.get(b).iterator().next())));
            int n = "true".equals(g(b, "openToPublic")) ? ri(5, 14) : ri(1, 3);
            if (b.equals("base-waterless-dyeing")) { cand.remove("ent-dexing-zipper"); for (String e : DYE_ENTS) rel("base_serves.csv", "baseId", b, "enterpriseId", e, "year", 2024, "projects", ri(2, 5)); }
            for (String e : sample(new ArrayList<>(cand), n)) {
                int y = ri(Math.max(2019, est), Math.max(Math.max(2019, est), maxY));
                rel("base_serves.csv", "baseId", b, "enterpriseId", e, "year", y, "projects", ri(1, 12));
            }
        }
    }
    static final String SURNAMES = "陈林黄王吴张李蔡郑许洪施苏庄杨刘曾谢柯颜卢傅";
    static final String GIVEN = "志明华建国伟丽娟雅婷俊杰晓东鹏辉秀芳文斌宏亮燕玲振海思源嘉欣永强丽华";
    static void genBrokers() {
        List<String> agencies = ids("transfer_agencies.csv");
        List<String> insts = ids("institutes.csv"), ents = ids("enterprises.csv"), bases = ids("test_bases.csv");
        List<String> chains = ids("industry_chains.csv");
        for (int n = 1; n <= 110; n++) {
            String name;
            do { name = "" + SURNAMES.charAt(R.nextInt(SURNAMES.length())) + GIVEN.charAt(R.nextInt(GIVEN.length())) + (chance(0.7) ? "" + GIVEN.charAt(R.nextInt(GIVEN.length())) : ""); } while (!freshName("Broker", name));
            String id = String.format("broker-%04d", n);
            double x = R.nextDouble(); String level = x < 0.5 ? "JUNIOR" : x < 0.85 ? "INTERMEDIATE" : "SENIOR";
            String ag = n <= 6 ? agencies.get(n % 4) : pick(agencies);
            String chain = n == 1 ? "chain-new-materials" : pick(chains);
            String lz = switch (level) { case "JUNIOR" -> "初级"; case "INTERMEDIATE" -> "中级"; default -> "高级"; };
            node("brokers.csv", m("id", id, "name", name, "level", level, "agencyId", ag, "phone", String.format("138-0000-%04d", n),
                "email", String.format("broker%04d@example.org", n),
                "description", g(ag, "name") + "的" + lz + "技术经纪人，主要对接" + g(chain, "name") + "领域的成果转化与中试需求。",
                "source", SYN, "sourceNote", SYN_NOTE + " (fake contact data)"));
            List<String> ci = instFor(chain), ce = CHAIN_ENTS.get(chain);
            if (n == 1) {
                rel("broker_serves.csv", "brokerId", id, "partyId", "inst-tju-quanzhou", "since", 2021);
                rel("broker_deals.csv", "brokerId", id, "partyId", "inst-tju-quanzhou", "deals", 4, "lastYear", 2025);
                for (String e : ce.subList(0, 2)) {
                    rel("broker_serves.csv", "brokerId", id, "partyId", e, "since", 2022);
                    rel("broker_deals.csv", "brokerId", id, "partyId", e, "deals", 2, "lastYear", 2024);
                }
                BRIDGE_ENTS.addAll(ce.subList(0, 2));
            }
            if (n == 2) rel("broker_serves.csv", "brokerId", id, "partyId", "inst-tju-quanzhou", "since", 2022);
            int k = ri(2, 5);
            for (int i = 0; i < k; i++) {
                double p = R.nextDouble();
                String party = p < 0.35 ? pick(ci) : p < 0.8 ? pick(ce) : pick(bases);
                rel("broker_serves.csv", "brokerId", id, "partyId", party, "since", ri(2018, 2024));
            }
            int d = ri(1, 4);
            for (int i = 0; i < d; i++) {
                double p = R.nextDouble();
                String party = p < 0.3 ? pick(ci) : p < 0.85 ? pick(ce) : pick(bases);
                rel("broker_deals.csv", "brokerId", id, "partyId", party, "deals", ri(1, 6), "lastYear", ri(2021, 2025));
            }
        }
    }
    static final List<String> BRIDGE_ENTS = new ArrayList<>();
    static final int[] FUNDED = {200, 200, 250, 150, 200, 180, 220, 200, 200};
    static void genDemands() {
        List<String> links = ids("chain_links.csv");
        List<String> outside = List.of("inst-fzu", "inst-xmu", "inst-fjirsm", "inst-tju", "inst-hit", "inst-hust", "inst-fjnu");
        for (int n = 1; n <= 36; n++) {
            boolean ch = n <= 10;
            String link = ch ? links.get((n * 7) % links.size()) : pick(links);
            String[] tp = TOPIC.get(link); String[] objs = tp[2].split("\\|"); String[] meth = METHODS.get(tp[1]);
            String name;
            do { name = objs[R.nextInt(objs.length)] + meth[R.nextInt(meth.length)] + (ch ? "关键技术攻关" : "技术需求"); } while (!freshName("Demand", name));
            String status; int year; int budget;
            if (ch) { status = n <= 9 ? "FUNDED" : "OPEN"; year = n <= 9 ? 2022 : 2023; budget = n <= 9 ? FUNDED[n - 1] : 300; }
            else { status = chance(0.55) ? "OPEN" : "SOLVED"; year = ri(2021, 2025); budget = ri(2, 30) * 10; }
            String ent = pick(LINK_ENTS.getOrDefault(link, CHAIN_ENTS.get(chainOf(link))));
            String id = String.format("demand-%04d", n);
            String desc = g(ent, "name") + "提出的" + label(link) + "环节技术需求，" + (ch ? "列入泉州市揭榜挂帅重大技术需求榜单，面向市内外科研院所公开征集解决方案。" : "希望与高校院所或中试平台合作攻关。")
                + (status.equals("FUNDED") ? "已立项为市级科技重大专项。" : status.equals("SOLVED") ? "已由合作院所完成攻关。" : "");
            node("demands.csv", m("id", id, "name", name, "enterpriseId", ent, "year", year, "budget", budget, "challengeList", ch, "status", status,
                "description", desc, "source", SYN, "sourceNote", ch ? "synthetic filler; modelled on the 10-item 揭榜挂帅 list (9 funded, 1800万元) in 泉科函〔2023〕63号" : SYN_NOTE));
            rel("demand_links.csv", "demandId", id, "linkId", link);
            if (chance(0.3)) rel("demand_links.csv", "demandId", id, "linkId", pick(CHAIN_LINKS.get(chainOf(link))));
            if (status.equals("OPEN")) continue;
            List<String> solvers = new ArrayList<>();
            List<String> ci = instFor(chainOf(link));
            if (ch && n % 2 == 1) solvers.add(outside.get(n % outside.size()));
            if (solvers.isEmpty() || chance(0.4)) { String s = pick(ci); if (!solvers.contains(s)) solvers.add(s); }
            int first = solvers.size() == 1 ? budget : (int) Math.round(budget * 0.6);
            for (int i = 0; i < solvers.size(); i++)
                rel("demand_solvers.csv", "demandId", id, "solverId", solvers.get(i), "year", year, "funding", i == 0 ? first : budget - first);
        }
    }
    static void genInvestments() {
        List<String> funds = ids("funds.csv"); List<String> ents = ids("enterprises.csv");
        for (int i = 0; i < 95; i++) {
            String f = i < 10 ? funds.get(i % 5) : pick(funds.subList(5, funds.size()));
            String cat = g(f, "category");
            int amt = switch (cat) { case "ANGEL" -> ri(10, 80) * 10; case "VENTURE" -> ri(50, 500) * 10; default -> ri(100, 2000) * 10; };
            rel("investments.csv", "fundId", f, "targetId", pick(ents), "amount", amt, "year", ri(i < 10 ? 2023 : 2019, 2025));
        }
        List<String> funds2 = funds.subList(5, funds.size());
        for (String b : ids("test_bases.csv")) {
            boolean inv = "INSTITUTE_INVESTOR".equals(g(b, "operatingModel")) && !"PLANNED".equals(g(b, "status"));
            if (inv || b.equals("base-qingyuan-energy-storage") || b.equals("base-waterless-dyeing"))
                rel("investments.csv", "fundId", b.startsWith("base-q") || b.startsWith("base-w") ? "fund-0004" : pick(funds2), "targetId", b,
                    "amount", ri(30, 300) * 10, "year", Math.max(2021, Math.min(2025, Integer.parseInt(g(b, "establishedYear")))));
        }
        rel("investments.csv", "fundId", "fund-sz-capital", "targetId", "base-tju-quanzhou-pilot", "amount", 2000, "year", 2025);
    }

    // ---------- self-check ----------
    static final List<String> ERR = new ArrayList<>();
    static void fail(String s) { ERR.add(s); }
    static final Map<String, String> ENUMS = Map.ofEntries(
        Map.entry("chain_links.csv/stage", "UPSTREAM,MIDSTREAM,DOWNSTREAM"),
        Map.entry("institutes.csv/category", "UNIVERSITY,RESEARCH_INSTITUTE,LAB,ACADEMY_BRANCH"),
        Map.entry("parks.csv/category", "HIGH_TECH_PARK,STANDARD_INDUSTRIAL_PARK,INCUBATOR,SCIENCE_PARK,ADMIN_ZONE"),
        Map.entry("test_bases.csv/status", "PLANNED,UNDER_CONSTRUCTION,OPERATING,SUSPENDED"),
        Map.entry("test_bases.csv/services", "CONCEPT_VERIFICATION,PILOT_MATURATION,SMALL_BATCH_TRIAL,TESTING_CERTIFICATION"),
        Map.entry("test_bases.csv/recognition", "NONE,REGISTERED,RECOGNISED,PROVINCIAL"),
        Map.entry("test_bases.csv/operatingModel", "INSTITUTE_INCUBATOR,ENTERPRISE_INSTITUTE,INSTITUTE_INVESTOR,OTHER"),
        Map.entry("results.csv/maturity", "LAB,BENCH,PILOT,INDUSTRIAL"),
        Map.entry("transfer_agencies.csv/level", "NATIONAL,PROVINCIAL,MUNICIPAL"),
        Map.entry("brokers.csv/level", "JUNIOR,INTERMEDIATE,SENIOR"),
        Map.entry("demands.csv/status", "OPEN,FUNDED,SOLVED"),
        Map.entry("funds.csv/category", "ANGEL,VENTURE,INDUSTRY"),
        Map.entry("funds.csv/level", "CITY,COUNTY,STATE_OWNED,EXTERNAL"),
        Map.entry("base_operators.csv/role", "LEAD,PARTNER,INCUBATOR,INVESTOR"));
    static final Set<String> BOOLS = Set.of("inCity", "lead", "openToPublic", "needsPilot", "challengeList");
    // file/column -> allowed kinds of the referenced id
    static final Map<String, String> REFS = Map.ofEntries(
        Map.entry("chain_links.csv/chainId", "IndustryChain"), Map.entry("*/districtCode", "District"), Map.entry("*/parkId", "Park"),
        Map.entry("brokers.csv/agencyId", "TransferAgency"), Map.entry("demands.csv/enterpriseId", "Enterprise"),
        Map.entry("link_feeds.csv/fromLinkId", "ChainLink"), Map.entry("link_feeds.csv/toLinkId", "ChainLink"),
        Map.entry("result_owners.csv/resultId", "Result"), Map.entry("result_owners.csv/ownerId", "Institute,Enterprise"),
        Map.entry("result_links.csv/resultId", "Result"), Map.entry("result_links.csv/linkId", "ChainLink"),
        Map.entry("base_covers.csv/baseId", "TestBase"), Map.entry("base_covers.csv/linkId", "ChainLink"),
        Map.entry("base_operators.csv/baseId", "TestBase"), Map.entry("base_operators.csv/operatorId", "Institute,Enterprise,Park"),
        Map.entry("base_pilots.csv/baseId", "TestBase"), Map.entry("base_pilots.csv/resultId", "Result"),
        Map.entry("base_serves.csv/baseId", "TestBase"), Map.entry("base_serves.csv/enterpriseId", "Enterprise"),
        Map.entry("enterprise_links.csv/enterpriseId", "Enterprise"), Map.entry("enterprise_links.csv/linkId", "ChainLink"),
        Map.entry("cooperations.csv/instituteId", "Institute"), Map.entry("cooperations.csv/enterpriseId", "Enterprise"),
        Map.entry("broker_serves.csv/brokerId", "Broker"), Map.entry("broker_serves.csv/partyId", "Institute,Enterprise,TestBase"),
        Map.entry("broker_deals.csv/brokerId", "Broker"), Map.entry("broker_deals.csv/partyId", "Institute,Enterprise,TestBase"),
        Map.entry("transfers.csv/resultId", "Result"), Map.entry("transfers.csv/enterpriseId", "Enterprise"),
        Map.entry("demand_links.csv/demandId", "Demand"), Map.entry("demand_links.csv/linkId", "ChainLink"),
        Map.entry("demand_solvers.csv/demandId", "Demand"), Map.entry("demand_solvers.csv/solverId", "Institute"),
        Map.entry("investments.csv/fundId", "Fund"), Map.entry("investments.csv/targetId", "Enterprise,TestBase"));
    static Map<Integer, Integer> turnover() {
        Map<Integer, Integer> m = new TreeMap<>();
        for (var r : t("transfers.csv").rows) m.merge(Integer.parseInt(r.get("year")), Integer.parseInt(r.get("amount")), Integer::sum);
        return m;
    }
    static void validate() {
        Set<String> allIds = new HashSet<>();
        for (Table tb : T.values()) {
            Set<String> names = new HashSet<>(), pairs = new HashSet<>();
            for (var r : tb.rows) {
                for (String c : tb.cols) {
                    String v = r.get(c);
                    if (v == null || v.isEmpty()) continue;
                    String en = ENUMS.get(tb.file + "/" + c);
                    if (en != null) for (String part : v.split("\\|")) if (!List.of(en.split(",")).contains(part)) fail(tb.file + ": bad " + c + " " + v);
                    if (BOOLS.contains(c) && !v.equals("true") && !v.equals("false")) fail(tb.file + ": bad boolean " + c + " " + v);
                    String ref = REFS.getOrDefault(tb.file + "/" + c, REFS.get("*/" + c));
                    if (ref != null) {
                        String k = KIND.get(v);
                        if (k == null) fail(tb.file + ": dangling " + c + " -> " + v);
                        else if (!List.of(ref.split(",")).contains(k)) fail(tb.file + ": wrong kind " + c + " -> " + v + " is " + k);
                    }
                }
                if (tb.kind != null) {
                    String id = r.get(tb.idCol());
                    if (!allIds.add(id)) fail("duplicate id " + id);
                    if (!tb.kind.equals("District") && !id.matches("[a-z]+-[a-z0-9-]+")) fail("bad id " + id);
                    if (!names.add(r.get("name"))) fail(tb.file + ": duplicate name " + r.get("name"));
                    if (!tb.kind.equals("District") && !List.of("SOURCE_DOCUMENT", "PUBLIC", "SYNTHETIC").contains(r.getOrDefault("source", ""))) fail("bad source " + id);
                    if (!tb.kind.equals("District") && r.getOrDefault("sourceNote", "").isEmpty()) fail("missing sourceNote " + id);
                } else if (!pairs.add(r.get(tb.cols.get(0)) + "|" + r.get(tb.cols.get(1)))) fail(tb.file + ": duplicate pair " + r);
            }
        }
        // turnover
        Map<Integer, Integer> tv = turnover();
        for (var e : TURNOVER.entrySet()) if (!e.getValue().equals(tv.get(e.getKey()))) fail("turnover " + e.getKey() + " = " + tv.get(e.getKey()) + " expected " + e.getValue());
        if (tv.get(2020) != 40700) fail("turnover 2020 must be 40700");
        for (var r : t("transfers.csv").rows) {
            String res = r.get("resultId"), mat = g(res, "maturity");
            if (mat.equals("LAB")) fail("transfer of LAB result " + res);
            if (year(g(res, "publishedOn")) > Integer.parseInt(r.get("year"))) fail("transfer before publication " + res);
        }
        // challenge list
        int ch = 0, funded = 0, sum = 0;
        for (var r : t("demands.csv").rows) if (r.get("challengeList").equals("true")) {
            ch++; if (r.get("status").equals("FUNDED")) { funded++; sum += Integer.parseInt(r.get("budget")); } }
        if (ch != 10 || funded != 9 || sum != 1800) fail("challenge list " + ch + "/" + funded + "/" + sum);
        // link feeds within a chain, upstream -> downstream
        for (var r : t("link_feeds.csv").rows) if (!chainOf(r.get("fromLinkId")).equals(chainOf(r.get("toLinkId")))) fail("cross-chain feed " + r);
        // gaps
        Map<String, List<String>> cov = new HashMap<>();
        for (var r : t("base_covers.csv").rows) cov.computeIfAbsent(r.get("linkId"), k -> new ArrayList<>()).add(r.get("baseId"));
        for (String l : GAP_NO_BASE) if (cov.containsKey(l)) fail("gap link covered " + l);
        for (String l : GAP_PLANNED_ONLY) for (String b : cov.getOrDefault(l, List.of("x"))) if (!Set.of("PLANNED", "UNDER_CONSTRUCTION").contains(g(b, "status"))) fail("planned-only gap broken " + l);
        for (String l : GAP_SUSPENDED_ONLY) for (String b : cov.getOrDefault(l, List.of("x"))) if (!"SUSPENDED".equals(g(b, "status"))) fail("suspended gap broken " + l);
        for (String l : GAP_NOT_OPEN) for (String b : cov.getOrDefault(l, List.of("x"))) if (!"OPERATING".equals(g(b, "status")) || !"false".equals(g(b, "openToPublic"))) fail("not-open gap broken " + l);
        for (var r : t("test_bases.csv").rows) if (r.get("status").equals("OPERATING") && NO_OPERATING_DISTRICTS.contains(r.get("districtCode"))) fail("operating base in gap district " + r.get("id"));
        for (Table tb : T.values()) for (var r : tb.rows) if ("350527".equals(r.get("districtCode"))) fail("entity in 金门县 " + r);
        for (String c : CHAIN_LINKS.keySet()) {
            boolean any = false;
            for (String l : CHAIN_LINKS.get(c)) for (String b : cov.getOrDefault(l, List.of()))
                if ("OPERATING".equals(g(b, "status")) && "true".equals(g(b, "openToPublic"))) any = true;
            if (!any) fail("chain without covered link " + c);
        }
        if (t("institutes.csv").rows.size() < 30 || t("enterprises.csv").rows.size() < 300 || t("test_bases.csv").rows.size() < 40
            || t("results.csv").rows.size() < 500 || t("transfer_agencies.csv").rows.size() < 32 || t("brokers.csv").rows.size() < 100
            || t("demands.csv").rows.size() < 30) fail("minimum counts not met");
        if (!ERR.isEmpty()) {
            ERR.forEach(e -> System.err.println("SELF-CHECK FAILED: " + e));
            throw new IllegalStateException(ERR.size() + " self-check failures");
        }
        System.out.println("self-check passed");
    }
}

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
        {"link_feeds.csv", "fromLinkId,toLinkId", null},
        {"result_owners.csv", "resultId,ownerId", null},
        {"result_links.csv", "resultId,linkId", null},
        {"base_covers.csv", "baseId,linkId", null},
        {"base_operators.csv", "baseId,operatorId,role", null},
        {"base_pilots.csv", "baseId,resultId,year", null},
        {"base_serves.csv", "baseId,enterpriseId,year,projects", null},
        {"enterprise_links.csv", "enterpriseId,linkId", null},
        {"cooperations.csv", "instituteId,enterpriseId,projects,firstYear,lastYear", null},
        {"broker_serves.csv", "brokerId,partyId,since", null},
        {"broker_deals.csv", "brokerId,partyId,deals,lastYear", null},
        {"transfers.csv", "resultId,enterpriseId,amount,year", null},
        {"demand_links.csv", "demandId,linkId", null},
        {"demand_solvers.csv", "demandId,solverId,year,funding", null},
        {"investments.csv", "fundId,targetId,amount,year", null},
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
                for (String c : tb.cols) j.add(esc(r.getOrDefault(c, "")));
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

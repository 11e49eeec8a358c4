// The policy records are entities (:Entity, unique id from V0001); planners' questions filter them by year.
CREATE INDEX voucher_grant_year IF NOT EXISTS FOR (v:VoucherGrant) ON (v.year);
CREATE INDEX subsidy_year IF NOT EXISTS FOR (s:Subsidy) ON (s.year);
CREATE INDEX assessment_year IF NOT EXISTS FOR (a:Assessment) ON (a.year);
// The assessment criteria are versioned: each change by an admin adds a version, none is ever rewritten.
CREATE CONSTRAINT assessment_criteria_version IF NOT EXISTS FOR (c:AssessmentCriteria) REQUIRE c.version IS UNIQUE;
// The first version, as docs/assessment.md documents it: weights in points out of 100.
MERGE (c:AssessmentCriteria {version: 1})
  ON CREATE SET c.criteria = ['SERVICES', 'ENTERPRISES', 'PILOTS', 'INDUSTRY', 'OPENNESS'],
                c.weights = [25.0, 25.0, 20.0, 20.0, 10.0],
                c.note = '初始版本：服务项目、服务企业、中试成果、产业化成果、开放共享',
                c.createdBy = 'migration',
                c.createdAt = datetime('2026-01-01T00:00:00Z');

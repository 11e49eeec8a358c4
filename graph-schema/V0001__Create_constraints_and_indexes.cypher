// Identity: every entity of every kind carries the :Entity label, so one constraint makes every id unique.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_code IF NOT EXISTS FOR (d:District) REQUIRE d.code IS UNIQUE;
CREATE INDEX district_name IF NOT EXISTS FOR (d:District) ON (d.name);

// Names: lookups and sorting by name, per kind.
CREATE INDEX institute_name IF NOT EXISTS FOR (n:Institute) ON (n.name);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (n:Enterprise) ON (n.name);
CREATE INDEX test_base_name IF NOT EXISTS FOR (n:TestBase) ON (n.name);
CREATE INDEX result_name IF NOT EXISTS FOR (n:Result) ON (n.name);
CREATE INDEX industry_chain_name IF NOT EXISTS FOR (n:IndustryChain) ON (n.name);
CREATE INDEX chain_link_name IF NOT EXISTS FOR (n:ChainLink) ON (n.name);
CREATE INDEX broker_name IF NOT EXISTS FOR (n:Broker) ON (n.name);
CREATE INDEX transfer_agency_name IF NOT EXISTS FOR (n:TransferAgency) ON (n.name);
CREATE INDEX demand_name IF NOT EXISTS FOR (n:Demand) ON (n.name);
CREATE INDEX fund_name IF NOT EXISTS FOR (n:Fund) ON (n.name);
CREATE INDEX park_name IF NOT EXISTS FOR (n:Park) ON (n.name);

// The attributes planners filter and group by.
CREATE INDEX test_base_status IF NOT EXISTS FOR (n:TestBase) ON (n.status);
CREATE INDEX result_maturity IF NOT EXISTS FOR (n:Result) ON (n.maturity);
CREATE INDEX result_needs_pilot IF NOT EXISTS FOR (n:Result) ON (n.needsPilot);
CREATE INDEX result_published_on IF NOT EXISTS FOR (n:Result) ON (n.publishedOn);
CREATE INDEX chain_link_stage IF NOT EXISTS FOR (n:ChainLink) ON (n.stage);
CREATE INDEX demand_year IF NOT EXISTS FOR (n:Demand) ON (n.year);
CREATE INDEX transfer_year IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() ON (t.year);

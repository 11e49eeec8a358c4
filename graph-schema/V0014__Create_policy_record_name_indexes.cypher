// Lists sort by name, then id, and read the first page from the kind's name index in order (a partial sort that
// stops after the page, entity/EntityQueries). The other kinds have had a name index since V0001; these policy
// records get theirs.
CREATE INDEX voucher_grant_name IF NOT EXISTS FOR (n:VoucherGrant) ON (n.name);
CREATE INDEX subsidy_name IF NOT EXISTS FOR (n:Subsidy) ON (n.name);
CREATE INDEX assessment_name IF NOT EXISTS FOR (n:Assessment) ON (n.name);
CREATE INDEX recognition_step_name IF NOT EXISTS FOR (n:RecognitionStep) ON (n.name);
CREATE INDEX training_event_name IF NOT EXISTS FOR (n:TrainingEvent) ON (n.name);
CREATE INDEX benefit_terms_name IF NOT EXISTS FOR (n:BenefitTerms) ON (n.name);

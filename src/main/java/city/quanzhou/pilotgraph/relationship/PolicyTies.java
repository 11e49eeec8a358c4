package city.quanzhou.pilotgraph.relationship;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.policy.Assessment;
import city.quanzhou.pilotgraph.policy.BenefitTerms;
import city.quanzhou.pilotgraph.policy.RecognitionStep;
import city.quanzhou.pilotgraph.policy.Subsidy;
import city.quanzhou.pilotgraph.policy.TrainingEvent;
import city.quanzhou.pilotgraph.policy.VoucherGrant;

/**
 * The fields between the policy records and the entities they concern, in both directions: a voucher's
 * recipient and provider, an assessment's base, a base's recognition steps, a broker's trainings.
 */
@Controller
class PolicyTies {

	private final EntityService entities;

	PolicyTies(EntityService entities) {
		this.entities = entities;
	}

	@BatchMapping(typeName = "VoucherGrant", field = "recipient")
	Map<VoucherGrant, GraphEntity> voucherRecipient(List<VoucherGrant> vouchers) {
		return this.entities.neighbour(vouchers, Relation.GRANTED_TO, true, GraphEntity.class);
	}

	@BatchMapping
	Map<VoucherGrant, GraphEntity> provider(List<VoucherGrant> vouchers) {
		return this.entities.neighbour(vouchers, Relation.REDEEMED_AT, true, GraphEntity.class);
	}

	@BatchMapping(typeName = "Subsidy", field = "recipient")
	Map<Subsidy, GraphEntity> subsidyRecipient(List<Subsidy> subsidies) {
		return this.entities.neighbour(subsidies, Relation.GRANTED_TO, true, GraphEntity.class);
	}

	@BatchMapping(typeName = "Assessment", field = "base")
	Map<Assessment, TestBase> assessedBase(List<Assessment> assessments) {
		return this.entities.neighbour(assessments, Relation.ASSESSES, true, TestBase.class);
	}

	@BatchMapping(typeName = "RecognitionStep", field = "base")
	Map<RecognitionStep, TestBase> recognisedBase(List<RecognitionStep> steps) {
		return this.entities.neighbour(steps, Relation.STEP_OF, true, TestBase.class);
	}

	@BatchMapping(typeName = "BenefitTerms", field = "base")
	Map<BenefitTerms, TestBase> termsBase(List<BenefitTerms> terms) {
		return this.entities.neighbour(terms, Relation.TERMS_OF, true, TestBase.class);
	}

	@BatchMapping
	Map<TrainingEvent, GraphEntity> organiser(List<TrainingEvent> events) {
		return this.entities.neighbour(events, Relation.ORGANISED_BY, true, GraphEntity.class);
	}

	@BatchMapping
	Map<TrainingEvent, List<GraphEntity>> trained(List<TrainingEvent> events) {
		return this.entities.neighbours(events, Relation.TRAINED, true, GraphEntity.class);
	}

	@BatchMapping
	Map<TestBase, List<Assessment>> assessments(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.ASSESSES, false, Assessment.class);
	}

	@BatchMapping
	Map<TestBase, List<RecognitionStep>> recognitionSteps(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.STEP_OF, false, RecognitionStep.class);
	}

	@BatchMapping(typeName = "TestBase", field = "benefitTerms")
	Map<TestBase, BenefitTerms> baseBenefitTerms(List<TestBase> bases) {
		return this.entities.neighbour(bases, Relation.TERMS_OF, false, BenefitTerms.class);
	}

	@BatchMapping(typeName = "TestBase", field = "subsidies")
	Map<TestBase, List<Subsidy>> baseSubsidies(List<TestBase> bases) {
		return only(this.entities.neighbours(bases, Relation.GRANTED_TO, false, GraphEntity.class), Subsidy.class);
	}

	@BatchMapping
	Map<TestBase, List<VoucherGrant>> vouchersRedeemed(List<TestBase> bases) {
		return this.entities.neighbours(bases, Relation.REDEEMED_AT, false, VoucherGrant.class);
	}

	@BatchMapping
	Map<Enterprise, List<VoucherGrant>> vouchers(List<Enterprise> enterprises) {
		return only(this.entities.neighbours(enterprises, Relation.GRANTED_TO, false, GraphEntity.class), VoucherGrant.class);
	}

	@BatchMapping(typeName = "Enterprise", field = "subsidies")
	Map<Enterprise, List<Subsidy>> enterpriseSubsidies(List<Enterprise> enterprises) {
		return only(this.entities.neighbours(enterprises, Relation.GRANTED_TO, false, GraphEntity.class), Subsidy.class);
	}

	@BatchMapping
	Map<Broker, List<TrainingEvent>> trainings(List<Broker> brokers) {
		return this.entities.neighbours(brokers, Relation.TRAINED, false, TrainingEvent.class);
	}

	/** GRANTED_TO comes from vouchers and subsidies alike: each field keeps its own kind. */
	private static <S, T> Map<S, List<T>> only(Map<S, List<GraphEntity>> found, Class<T> type) {
		Map<S, List<T>> kept = new java.util.LinkedHashMap<>();
		found.forEach((source, entities) -> kept.put(source,
				entities.stream().filter(type::isInstance).map(type::cast).toList()));
		return kept;
	}

}

package city.quanzhou.pilotgraph.app;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.broker.TransferAgency;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.chain.IndustryChain;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.KindRecords;
import city.quanzhou.pilotgraph.fund.Fund;
import city.quanzhou.pilotgraph.institute.Institute;
import city.quanzhou.pilotgraph.park.Park;
import city.quanzhou.pilotgraph.policy.Assessment;
import city.quanzhou.pilotgraph.policy.BenefitTerms;
import city.quanzhou.pilotgraph.policy.RecognitionStep;
import city.quanzhou.pilotgraph.policy.Subsidy;
import city.quanzhou.pilotgraph.policy.TrainingEvent;
import city.quanzhou.pilotgraph.policy.VoucherGrant;
import city.quanzhou.pilotgraph.result.Result;

/**
 * The one place that knows every kind's record. The switch covers every {@link EntityKind}, so a new kind
 * does not compile until it has its record here. Listed in {@code META-INF/services} for
 * {@code entity.Entities}, which may not import the kinds.
 */
public final class EveryKindRecord implements KindRecords {

	@Override
	public GraphEntity read(EntityKind kind, MapAccessor node) {
		return switch (kind) {
			case INSTITUTE -> Institute.from(node);
			case ENTERPRISE -> Enterprise.from(node);
			case TEST_BASE -> TestBase.from(node);
			case RESULT -> Result.from(node);
			case INDUSTRY_CHAIN -> IndustryChain.from(node);
			case CHAIN_LINK -> ChainLink.from(node);
			case BROKER -> Broker.from(node);
			case TRANSFER_AGENCY -> TransferAgency.from(node);
			case DEMAND -> Demand.from(node);
			case FUND -> Fund.from(node);
			case PARK -> Park.from(node);
			case VOUCHER_GRANT -> VoucherGrant.from(node);
			case SUBSIDY -> Subsidy.from(node);
			case ASSESSMENT -> Assessment.from(node);
			case RECOGNITION_STEP -> RecognitionStep.from(node);
			case TRAINING_EVENT -> TrainingEvent.from(node);
			case BENEFIT_TERMS -> BenefitTerms.from(node);
		};
	}

}

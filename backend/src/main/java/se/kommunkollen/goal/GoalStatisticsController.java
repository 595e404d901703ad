package se.kommunkollen.goal;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.municipality.Municipality;

@Controller
class GoalStatisticsController {

	private final GoalStatistics statistics;

	GoalStatisticsController(GoalStatistics statistics) {
		this.statistics = statistics;
	}

	@BatchMapping(typeName = "Municipality")
	Map<Municipality, List<AssessmentCount>> goalStatusCounts(List<Municipality> municipalities) {
		return ByKey.lists(municipalities, Municipality::id,
				this.statistics.countsByMunicipality(ByKey.keys(municipalities, Municipality::id)));
	}

}

package se.kommunkollen.control;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import se.kommunkollen.api.ByKey;
import se.kommunkollen.report.Report;

@Controller
class InternalControlController {

	private final InternalControlRepository controls;

	InternalControlController(InternalControlRepository controls) {
		this.controls = controls;
	}

	@BatchMapping(typeName = "Report")
	Map<Report, List<InternalControl>> internalControls(List<Report> reports) {
		return ByKey.children(reports, Report::id, this.controls::findByReportIdInOrderBySortOrder,
				InternalControl::reportId);
	}

}

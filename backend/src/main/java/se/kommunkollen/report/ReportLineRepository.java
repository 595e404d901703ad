package se.kommunkollen.report;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ReportLineRepository extends Repository<ReportLine, Long> {

	List<ReportLine> findByReportIdAndNumberBetweenOrderByNumber(String reportId, int from, int to);

}

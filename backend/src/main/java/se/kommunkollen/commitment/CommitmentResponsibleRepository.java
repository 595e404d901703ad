package se.kommunkollen.commitment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface CommitmentResponsibleRepository extends Repository<CommitmentResponsible, Long> {

	List<CommitmentResponsible> findByCommitmentIdInOrderBySortOrder(Collection<String> commitmentIds);

}

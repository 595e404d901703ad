package se.kommunkollen.goal;

/**
 * Level of a goal or indicator in the steering model: KF-mål, nämndmål/KS-mål,
 * processmål, medarbetarmål.
 */
public enum GoalLevel {

	COUNCIL, BOARD, PROCESS, EMPLOYEE, OTHER

}

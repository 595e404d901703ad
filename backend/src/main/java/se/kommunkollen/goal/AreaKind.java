package se.kommunkollen.goal;

/** Kommunens uppgift (Enköping), processområde (Eskilstuna), målområde (Södertälje). */
public enum AreaKind {

	MUNICIPAL_TASK, PROCESS_AREA, TARGET_AREA, OTHER

}

package se.kommunkollen.municipality;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A Swedish municipality; the id is its slug ("sodertalje"). */
@Table("municipality")
public record Municipality(@Id String id, String code, String name, String county) {
}

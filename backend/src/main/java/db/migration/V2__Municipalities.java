package db.migration;

import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import se.kommunkollen.municipality.MunicipalityDirectory;

/**
 * Inserts the 290 municipalities of the reference list, with their slugs as ids. A Java
 * migration so that the slug rule lives in one place
 * ({@link MunicipalityDirectory#slug}).
 */
public class V2__Municipalities extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String sql = "INSERT INTO municipality (id, code, name, county) VALUES (?, ?, ?, ?)";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			for (MunicipalityDirectory.Municipality municipality : new MunicipalityDirectory().all()) {
				insert.setString(1, municipality.id());
				insert.setString(2, municipality.code());
				insert.setString(3, municipality.name());
				insert.setString(4, municipality.county());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}

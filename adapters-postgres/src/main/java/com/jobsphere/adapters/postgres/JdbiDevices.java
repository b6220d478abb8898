package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Devices;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.DevicePlatform;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Devices in {@code devices}. The pushes queued for a device are deleted with it by the outbox's foreign key
 * ({@code on delete cascade}), so every way a device goes takes its pushes along.
 */
final class JdbiDevices implements Devices {
    private static final RowMapper<Device> DEVICE = (row, context) -> new Device(row.getString("token"),
            Columns.id(row, "user_id", UserId::new), Columns.state(row, "platform", DevicePlatform.class),
            Columns.instant(row, "registered_at"));

    private final Sql sql;

    JdbiDevices(Sql sql) {
        this.sql = sql;
    }

    /**
     * The last owner's device goes first (and its pushes with it), then the token is inserted for this owner, or
     * updated if it is already theirs. The update is refused when the row found is another user's: one that
     * registered the same token and committed after the delete looked.
     */
    @Override
    public void register(Device device) {
        sql.write("delete from devices where token = ? and user_id <> ?").text(device.token()).id(device.owner());
        sql.write("""
                        insert into devices (token, user_id, platform, registered_at) values (?, ?, ?, ?)
                        on conflict (token) do update set platform = excluded.platform,
                                                          registered_at = excluded.registered_at
                        where devices.user_id = excluded.user_id""")
                .text(device.token()).id(device.owner()).text(Columns.wire(device.platform())).time(device.registeredAt())
                .expect(registered -> {
                    if (registered != 1) {
                        throw new ConcurrentUpdate("Another user registered the same device at the same moment", null);
                    }
                });
    }

    @Override
    public boolean remove(UserId owner, String token) {
        return sql.call(handle -> handle.createUpdate("delete from devices where token = :token and user_id = :userId")
                .bind("token", token)
                .bind("userId", owner.value())
                .execute()) == 1;
    }

    @Override
    public boolean forget(String token) {
        return sql.call(handle -> handle.createUpdate("delete from devices where token = :token")
                .bind("token", token)
                .execute()) == 1;
    }

    @Override
    public Optional<Device> byToken(String token) {
        return sql.call(handle -> handle.createQuery("select * from devices where token = :token")
                .bind("token", token)
                .map(DEVICE)
                .findOne());
    }

    @Override
    public List<Device> of(UserId owner) {
        return sql.call(handle -> handle.createQuery(
                        "select * from devices where user_id = :userId order by registered_at, token collate \"C\"")
                .bind("userId", owner.value())
                .map(DEVICE)
                .list());
    }
}

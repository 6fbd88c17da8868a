#include "event_catalog.h"

#include "../util/event_names.h"
#include "database.h"

#include <algorithm>
#include <map>

namespace waymark::store {

namespace {
// A type by display name first (what users see), then by canonical key; 0 when none.
int64_t findType(Database& db, const std::string& name)
{
    auto byName = db.prepare("SELECT id FROM event_types WHERE display_name = ?");
    if (byName.bind(1, name).step()) return byName.columnInt(0);
    auto byKey = db.prepare("SELECT id FROM event_types WHERE canonical = ?");
    if (byKey.bind(1, canonicalEventKey(name)).step()) return byKey.columnInt(0);
    return 0;
}
} // namespace

std::vector<EventTypeInfo> listEventTypes(Database& db)
{
    std::map<int64_t, int64_t> aliasCounts;
    {
        auto st = db.prepare("SELECT alias, count(*) FROM events GROUP BY alias");
        while (st.step())
            aliasCounts[st.columnInt(0)] = st.columnInt(1);
    }
    std::vector<EventTypeInfo> types;
    std::map<int64_t, size_t> index;
    {
        auto st = db.prepare("SELECT id, canonical, display_name FROM event_types ORDER BY id");
        while (st.step()) {
            index[st.columnInt(0)] = types.size();
            types.push_back(
                { st.columnInt(0), std::string(st.columnText(1)), std::string(st.columnText(2)), 0, {} });
        }
    }
    auto st = db.prepare("SELECT id, raw_name, event_type FROM event_aliases ORDER BY raw_name");
    while (st.step()) {
        const auto it = index.find(st.columnInt(2));
        if (it == index.end()) continue;
        EventTypeInfo& type = types[it->second];
        const int64_t count = aliasCounts[st.columnInt(0)];
        type.aliases.push_back({ st.columnInt(0), std::string(st.columnText(1)), count });
        type.events += count;
    }
    std::stable_sort(types.begin(), types.end(), [](const EventTypeInfo& a, const EventTypeInfo& b) {
        return a.events != b.events ? a.events > b.events : a.displayName < b.displayName;
    });
    return types;
}

void repointAlias(Database& db, const std::string& rawName, const std::string& target)
{
    Transaction tx(db);
    auto alias = db.prepare("SELECT id, event_type FROM event_aliases WHERE raw_name = ?");
    if (!alias.bind(1, rawName).step())
        throw DatabaseError("no event was imported under the name '" + rawName + "'");
    const int64_t aliasId = alias.columnInt(0);
    const int64_t oldType = alias.columnInt(1);
    int64_t type = findType(db, target);
    if (type == 0) {
        std::string key = canonicalEventKey(target);
        // A separate type for a name whose key is taken (e.g. splitting "signUp" from "Sign Up").
        auto taken = db.prepare("SELECT 1 FROM event_types WHERE canonical = ?");
        for (int n = 2; taken.bind(1, key).step(); ++n) {
            taken.reset();
            key = canonicalEventKey(target) + "#" + std::to_string(n);
        }
        auto insert = db.prepare("INSERT INTO event_types(canonical, display_name) VALUES(?, ?)");
        insert.bind(1, key).bind(2, target).run();
        type = db.lastInsertId();
    }
    db.prepare("UPDATE event_aliases SET event_type = ? WHERE id = ?").bind(1, type).bind(2, aliasId).run();
    db.prepare("UPDATE events SET type = ? WHERE alias = ?").bind(1, type).bind(2, aliasId).run();
    auto orphan = db.prepare("DELETE FROM event_types WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM event_aliases WHERE event_type = ?)");
    orphan.bind(1, oldType).bind(2, oldType).run();
    tx.commit();
}

void renameEventType(Database& db, const std::string& type, const std::string& newDisplayName)
{
    const int64_t id = findType(db, type);
    if (id == 0) throw DatabaseError("no event type called '" + type + "'");
    db.prepare("UPDATE event_types SET display_name = ? WHERE id = ?")
        .bind(1, newDisplayName)
        .bind(2, id)
        .run();
}

} // namespace waymark::store

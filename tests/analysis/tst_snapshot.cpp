// The snapshot's layout, property columns, masks and segment rules, and the cache's invalidation.
#include "core/analysis/segment.h"
#include "core/analysis/snapshot_cache.h"
#include "funnel_fixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace waymark;
using namespace waymark::analysis;
using test::Csv;

namespace {

std::vector<uint8_t> mask(const Snapshot& s, const std::string& json, const SegmentLibrary& library = {})
{
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(json));
    return evaluateConditions(s, conditionGroupFromJson(doc.object()), library);
}

QList<int> on(const std::vector<uint8_t>& m)
{
    QList<int> out;
    for (size_t i = 0; i < m.size(); ++i)
        if (m[i]) out.push_back(static_cast<int>(i));
    return out;
}

} // namespace

class TstSnapshot : public QObject {
    Q_OBJECT
private slots:
    void layout_is_per_user_in_time_then_import_order()
    {
        test::TempProject p;
        // Imported out of order: u2 first, u1's events not in time order, a tie at 5 s.
        const auto s = test::load(p,
            Csv("user_id,event,timestamp")
                .row("u2", "A", 3)
                .row("u1", "C", 9)
                .row("u1", "B", 5)
                .row("u1", "A", 5)
                .row("u1", "D", 1)
                .text());
        QCOMPARE(s->userCount(), 2u);
        QCOMPARE(s->eventCount(), 5u);
        // Users in users.id order: u2 was created first.
        QCOMPARE(s->userBegin(0), 0u);
        QCOMPARE(s->userEnd(0), 1u);
        QCOMPARE(s->userEnd(1), 5u);
        auto name = [&](uint32_t i) { return s->eventTypes()[s->types()[i]].displayName; };
        QCOMPARE(name(0), std::string("A"));
        // u1: D@1, then B and A at 5 s in import order (B first), then C@9.
        QCOMPARE(name(1), std::string("D"));
        QCOMPARE(name(2), std::string("B"));
        QCOMPARE(name(3), std::string("A"));
        QCOMPARE(name(4), std::string("C"));
        QVERIFY(s->eventRowId(2) < s->eventRowId(3));
        QCOMPARE(s->userOfEvent(0), 0u);
        QCOMPARE(s->userOfEvent(4), 1u);
        QCOMPARE(s->minTs(), 1704067200000LL + 1000);
        QCOMPARE(s->maxTs(), 1704067200000LL + 9000);
        // 8 (ts) + 4 (type) + 4 (session) + 4 (row id) bytes an event, plus per-user offsets.
        QVERIFY(s->coreBytes() <= 24 * s->eventCount() + 64 * s->userCount() + 64 * s->sessionCount() + 256);
    }

    void property_columns()
    {
        test::TempProject p;
        const auto s = test::load(p,
            Csv("user_id,event,timestamp,price,flag,title")
                .row("u1", "A", 0, "10,true,Red Shoes")
                .row("u1", "A", 1, "2.5,false,")
                .row("u1", "A", 2, ",,blue shoe")
                .text());
        const auto price = s->propertyColumn(PropertyScope::Event, "price");
        QCOMPARE(price->values[price->codes[0]], std::string("10"));
        QCOMPARE(price->numbers[price->codes[1]], 2.5);
        QCOMPARE(price->codes[2], 0u);
        QCOMPARE(s->propertyColumn(PropertyScope::Event, "price").get(), price.get()); // cached
        const auto flag = s->propertyColumn(PropertyScope::Event, "flag");
        QCOMPARE(flag->values[flag->codes[0]], std::string("true"));

        QCOMPARE(
            on(mask(*s, R"({"conditions":[{"property":"price","op":"gt","value":5}]})")), (QList<int> { 0 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"price","op":"lte","value":"10"}]})")),
            (QList<int> { 0, 1 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"price","op":"eq","value":10.0}]})")),
            (QList<int> { 0 }));
        // ne, not_in and not_contains hold for missing values; the others never do.
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"price","op":"ne","value":10}]})")),
            (QList<int> { 1, 2 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"title","op":"contains","value":"SHOE"}]})")),
            (QList<int> { 0, 2 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"title","op":"not_contains","value":"red"}]})")),
            (QList<int> { 1, 2 }));
        QCOMPARE(
            on(mask(*s, R"({"conditions":[{"property":"flag","op":"exists"}]})")), (QList<int> { 0, 1 }));
        QCOMPARE(
            on(mask(*s, R"({"conditions":[{"property":"flag","op":"not_exists"}]})")), (QList<int> { 2 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"property":"flag","op":"in","values":[true]}]})")),
            (QList<int> { 0 }));
        QCOMPARE(on(mask(*s, R"({"match":"any","conditions":[{"property":"price","op":"eq","value":10},
            {"property":"title","op":"contains","value":"blue"}]})")),
            (QList<int> { 0, 2 }));
        QCOMPARE(
            on(mask(*s, R"({"match":"all","conditions":[{"property":"title","op":"contains","value":"shoe"},
            {"match":"any","conditions":[{"property":"price","op":"lt","value":3},{"property":"flag","op":"not_exists"}]}]})")),
            (QList<int> { 2 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[]})")), (QList<int> { 0, 1, 2 }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, mask(*s, R"({"conditions":[{"property":"x","op":"like","value":1}]})"));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, mask(*s, R"({"conditions":[{"property":"x","op":"eq"}]})"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, mask(*s, R"({"match":"some","conditions":[]})"));
    }

    void segment_json_round_trip_and_rule_text()
    {
        const std::string json
            = R"({"match":"any","conditions":[{"scope":"user","property":"plan","op":"in","values":["pro","team"]},{"segment":"Mobile"},{"match":"all","conditions":[{"scope":"event","property":"price","op":"gte","values":["10"]}]}]})";
        const auto group
            = conditionGroupFromJson(QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());
        QCOMPARE(toJson(group), QJsonDocument::fromJson(QByteArray::fromStdString(json)).object());

        auto rule = parseRuleText("user.plan!=free|trial");
        QCOMPARE(rule.property.scope, PropertyScope::User);
        QCOMPARE(rule.property.name, std::string("plan"));
        QCOMPARE(rule.op, RuleOp::NotIn);
        QCOMPARE(rule.values, (std::vector<std::string> { "free", "trial" }));
        QCOMPARE(parseRuleText("price>=10").op, RuleOp::Gte);
        QCOMPARE(parseRuleText("price>10").op, RuleOp::Gt);
        QCOMPARE(parseRuleText("url=/a?b=c").values, std::vector<std::string> { "/a?b=c" });
        QCOMPARE(parseRuleText("title~shoe").op, RuleOp::Contains);
        QCOMPARE(parseRuleText("coupon?").op, RuleOp::Exists);
        QCOMPARE(parseRuleText("coupon!?").op, RuleOp::NotExists);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseRuleText("nothing"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseRuleText("=x"));
    }

    void user_rules_and_date_ranges_as_masks()
    {
        test::TempProject p;
        test::load(p,
            Csv("user_id,event,timestamp").row("u1", "A", 0).row("u2", "A", 0).row("u2", "B", 86400).text());
        auto& db = p.open().db();
        db.exec("UPDATE users SET props = '{\"plan\":\"pro\",\"seats\":12}' WHERE external_id = 'u2'");
        const auto s = Snapshot::build(db);
        QCOMPARE(
            on(mask(*s, R"({"conditions":[{"scope":"user","property":"plan","op":"eq","value":"pro"}]})")),
            (QList<int> { 1, 2 }));
        QCOMPARE(on(mask(*s, R"({"conditions":[{"scope":"user","property":"seats","op":"gt","value":10}]})")),
            (QList<int> { 1, 2 }));
        const auto members = segmentMembers(*s,
            conditionGroupFromJson(QJsonDocument::fromJson(
                R"({"conditions":[{"scope":"user","property":"plan","op":"ne","value":"pro"}]})")
                                       .object()),
            {});
        QCOMPARE(members, (std::vector<uint8_t> { 1, 0 }));
        EventFilter filter;
        filter.fromMs = 1704067200000LL + 1;
        QCOMPARE(on(buildEventMask(*s, filter, {})), (QList<int> { 2 }));
        filter.fromMs.reset();
        filter.toMs = 1704067200000LL + 86400000LL; // exclusive
        QCOMPARE(on(buildEventMask(*s, filter, {})), (QList<int> { 0, 1 }));
        QVERIFY(buildEventMask(*s, EventFilter {}, {}).empty()); // no filter: no mask at all
    }

    void cache_rebuilds_only_when_the_project_changes()
    {
        test::TempProject p;
        test::load(p, Csv("user_id,event,timestamp").row("u1", "A", 0).text());
        p.close();
        SnapshotCache cache(p.path());
        const auto first = cache.get();
        QCOMPARE(first->eventCount(), 1u);
        QCOMPARE(cache.get().get(), first.get());
        {
            auto project = store::Project::open(p.path());
            project->db().exec("INSERT INTO segments(name, definition, created_at) VALUES('S', '{}', 0)");
        }
        QVERIFY(cache.isCurrent()); // a saved segment does not touch the events
        QCOMPARE(cache.get().get(), first.get());
        QVERIFY(
            p.import(p.writeFile("more.csv", Csv("user_id,event,timestamp").row("u2", "B", 1).text())).ok());
        p.close();
        QVERIFY(!cache.isCurrent());
        const auto second = cache.get();
        QVERIFY(second.get() != first.get());
        QCOMPARE(second->eventCount(), 2u);
        QCOMPARE(first->eventCount(), 1u); // the old snapshot is untouched for whoever still holds it
        {
            auto project = store::Project::open(p.path());
            project->db().exec("INSERT INTO stages(id, name, ordinal) VALUES(1, 'Try', 1)");
            project->db().exec("UPDATE event_types SET stage_id = 1");
        }
        QVERIFY(!cache.isCurrent()); // stage steps depend on the stages
        QCOMPARE(cache.get()->eventTypes()[0].stageId, 1);
    }

    void in_memory_snapshots()
    {
        const auto s
            = Snapshot::fromEvents({ { 9, 5, 1, 1, R"({"k":"x"})" }, { 3, 7, 0, 2, "" }, { 9, 2, 0, 1, "" } },
                { { 1, "a", "A", 0 }, { 2, "b", "B", 0 } });
        QCOMPARE(s->userCount(), 2u);
        QCOMPARE(s->userId(0), 3);
        QCOMPARE(s->ts()[1], 2);
        QCOMPARE(s->ts()[2], 5);
        const auto k = s->propertyColumn(PropertyScope::Event, "k");
        QCOMPARE(k->values[k->codes[2]], std::string("x"));
        QCOMPARE(k->codes[1], 0u);
    }
};

QTEST_GUILESS_MAIN(TstSnapshot)
#include "tst_snapshot.moc"

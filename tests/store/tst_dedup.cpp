// Deduplication by the export's own event id. The id is paired with the event name, its time and
// the user / device ids, as Mixpanel's (event, time, distinct_id, $insert_id): a resent event is
// dropped, while another event that happens to carry the same id (another user, moment, name or
// tool) is kept. Re-importing adds nothing; a newer export adds only the events that are new.
#include "testutil/temp_project.h"

#include <QTest>
#include <cstdio>
#include <iterator>

using namespace waymark;
using test::TempProject;

namespace {

// One event of a test export; `resent` writes the copy a client retry would produce.
struct Ev {
    const char* id;
    const char* user;
    const char* event;
    int offset; // seconds after 2024-03-01T10:00:00Z
    bool resent = false;
};

constexpr int64_t kBaseSec = 1709287200; // 2024-03-01T10:00:00Z

std::string clock(int offset, const char* format)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, format, offset / 60, offset % 60);
    return buf;
}
std::string iso(int offset)
{
    return clock(offset, "2024-03-01T10:%02d:%02dZ");
}

using LineFn = std::string (*)(const Ev&);

std::string mixpanelLine(const Ev& e)
{
    return std::string(R"({"event":")") + e.event + R"(","properties":{"time":)"
        + std::to_string(kBaseSec + e.offset) + R"(,"distinct_id":")" + e.user + R"(","$insert_id":")" + e.id
        + R"(","mp_processing_time_ms":)"
        + std::to_string((kBaseSec + e.offset) * 1000 + (e.resent ? 9000 : 4000)) + "}}";
}
std::string amplitudeInsertIdLine(const Ev& e)
{
    return std::string(R"({"event_type":")") + e.event + R"(","user_id":")" + e.user
        + R"(","device_id":"dev-)" + e.user + R"(","event_time":")"
        + clock(e.offset, "2024-03-01 10:%02d:%02d.000000") + R"(","session_id":-1,"$insert_id":")" + e.id
        + R"(","event_properties":{}})";
}
std::string amplitudeUuidLine(const Ev& e)
{
    return std::string(R"({"event_type":")") + e.event + R"(","user_id":")" + e.user
        + R"(","device_id":"dev-)" + e.user + R"(","event_time":")"
        + clock(e.offset, "2024-03-01 10:%02d:%02d.000000") + R"(","uuid":")" + e.id
        + R"(","amplitude_id":7})";
}
// Segment's timestamp is corrected for clock skew with sentAt and receivedAt, so a retried
// message has another timestamp; originalTimestamp, messageId and the rest stay the same.
std::string segmentLine(const Ev& e)
{
    const std::string original = clock(e.offset, "2024-03-01T10:%02d:%02d.000Z");
    const std::string corrected
        = clock(e.offset, e.resent ? "2024-03-01T10:%02d:%02d.700Z" : "2024-03-01T10:%02d:%02d.200Z");
    return std::string(R"({"type":"track","event":")") + e.event + R"(","userId":")" + e.user
        + R"(","messageId":")" + e.id + R"(","originalTimestamp":")" + original + R"(","timestamp":")"
        + corrected + R"("})";
}
std::string posthogLine(const Ev& e)
{
    return std::string(R"({"uuid":")") + e.id + R"(","event":")" + e.event + R"(","distinct_id":")" + e.user
        + R"(","timestamp":")" + iso(e.offset) + R"(","properties":{"$browser":"Firefox"}})";
}
std::string heapLine(const Ev& e)
{
    return std::string(R"({"event_id":")") + e.id + R"(","user_id":")" + e.user + R"(","session_id":"s-)"
        + e.user + R"(","time":")" + clock(e.offset, "2024-03-01 10:%02d:%02d") + R"(","event_table_name":")"
        + e.event + "\"}";
}
std::string csvLine(const Ev& e)
{
    return std::string(e.user) + "," + e.event + "," + iso(e.offset) + "," + e.id;
}

// v1: r1, r2, r2 resent, r3 (r1's id, another user), r4 (r1's id, another time).
const Ev kV1[] = {
    { "e-1", "u1", "Signed Up", 0 },
    { "e-2", "u1", "Project Created", 60 },
    { "e-2", "u1", "Project Created", 60, true },
    { "e-1", "u2", "Signed Up", 0 },
    { "e-1", "u1", "Signed Up", 120 },
};
// v2 is v1 plus r5 (a new id) and r6 (r2's id, user and time, another event name).
const Ev kV2Extra[] = {
    { "e-5", "u3", "Signed Up", 300 },
    { "e-2", "u1", "Invite Sent", 60 },
};

std::string exportText(const char* header, LineFn line, bool newer)
{
    std::string text = header;
    for (const Ev& e : kV1)
        text += line(e) + "\n";
    if (newer)
        for (const Ev& e : kV2Extra)
            text += line(e) + "\n";
    return text;
}

int64_t eventsOf(TempProject& p, const std::string& externalId)
{
    return p.count(
        "SELECT count(*) FROM events WHERE identity = (SELECT id FROM identities WHERE external_id = '"
        + externalId + "')");
}

struct Preset {
    const char* name;
    ingest::Format format;
    const char* file;
    const char* header;
    LineFn line;
};
const Preset kPresets[] = {
    { "mixpanel $insert_id", ingest::Format::Mixpanel, "mixpanel.jsonl", "", mixpanelLine },
    { "amplitude $insert_id", ingest::Format::Amplitude, "amplitude.json", "", amplitudeInsertIdLine },
    { "amplitude uuid", ingest::Format::Amplitude, "amplitude.json", "", amplitudeUuidLine },
    { "segment messageId", ingest::Format::Segment, "segment.jsonl", "", segmentLine },
    { "posthog uuid", ingest::Format::Posthog, "posthog.jsonl", "", posthogLine },
    { "heap event_id", ingest::Format::Heap, "heap.json", "", heapLine },
    { "csv insert_id", ingest::Format::Csv, "events.csv", "user_id,event,timestamp,insert_id\n", csvLine },
};

} // namespace

class TstDedup : public QObject {
    Q_OBJECT
private slots:
    // The bug: $insert_id alone was the key, so u2's B at another time was dropped as a duplicate.
    void mixpanel_same_insert_id_on_another_event_is_kept()
    {
        TempProject p;
        const auto report = p.import(p.writeFile("mixpanel.jsonl",
            R"({"event":"A","properties":{"time":1709287200,"distinct_id":"u1","$insert_id":"x1"}})"
            "\n"
            R"({"event":"B","properties":{"time":1709290800,"distinct_id":"u2","$insert_id":"x1"}})"
            "\n"
            R"({"event":"A","properties":{"time":1709287200,"distinct_id":"u1","$insert_id":"x1"}})"
            "\n"));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(int(report.format), int(ingest::Format::Mixpanel));
        QCOMPARE(report.stats.rowsRead, int64_t(3));
        QCOMPARE(report.stats.rowsImported, int64_t(2)); // A by u1 and B by u2
        QCOMPARE(report.stats.duplicatesSkipped, int64_t(1)); // A resent
        QCOMPARE(eventsOf(p, "u1"), int64_t(1));
        QCOMPARE(eventsOf(p, "u2"), int64_t(1));
        QCOMPARE(p.count("SELECT ts FROM events WHERE identity = (SELECT id FROM identities WHERE "
                         "external_id = 'u2')"),
            int64_t(1709290800000));
    }

    // The bug: a generic JSON Lines row with insert_id "x1" was dropped against an earlier
    // Mixpanel row with that id. The same event (name, time, user and id) still is.
    void generic_row_sharing_an_id_with_a_mixpanel_row_is_kept()
    {
        TempProject p;
        const auto mixpanel = p.import(p.writeFile("mixpanel.jsonl",
            R"({"event":"A","properties":{"time":1709287200,"distinct_id":"u1","$insert_id":"x1"}})"
            "\n"));
        QVERIFY2(mixpanel.ok(), mixpanel.error.c_str());
        QCOMPARE(mixpanel.stats.rowsImported, int64_t(1));

        const auto generic = p.import(p.writeFile("other.jsonl",
            R"({"user_id":"u9","event":"Checkout","timestamp":"2024-03-02T08:00:00Z","insert_id":"x1"})"
            "\n"
            R"({"user_id":"u1","event":"A","timestamp":"2024-03-01T10:00:00Z","insert_id":"x1"})"
            "\n"));
        QVERIFY2(generic.ok(), generic.error.c_str());
        QCOMPARE(int(generic.format), int(ingest::Format::Json));
        QCOMPARE(generic.stats.rowsRead, int64_t(2));
        QCOMPARE(generic.stats.rowsImported, int64_t(1)); // u9's Checkout
        QCOMPARE(generic.stats.duplicatesSkipped, int64_t(1)); // u1's A at 10:00 is the Mixpanel event
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(2));
        QCOMPARE(eventsOf(p, "u9"), int64_t(1));
        QCOMPARE(eventsOf(p, "u1"), int64_t(1));
    }

    void newer_export_adds_only_new_events_data()
    {
        QTest::addColumn<int>("preset");
        for (int i = 0; i < int(std::size(kPresets)); ++i)
            QTest::newRow(kPresets[i].name) << i;
    }

    void newer_export_adds_only_new_events()
    {
        QFETCH(int, preset);
        const Preset& pr = kPresets[preset];
        const int format = int(pr.format);
        const std::string file = pr.file;
        const LineFn line = pr.line;
        TempProject p;
        const std::string v1 = p.writeFile("v1-" + file, exportText(pr.header, line, false));
        const std::string v2 = p.writeFile("v2-" + file, exportText(pr.header, line, true));

        const auto first = p.import(v1); // detected from the content
        QVERIFY2(first.ok(), first.error.c_str());
        QCOMPARE(int(first.format), format);
        QCOMPARE(first.stats.rowsRead, int64_t(5));
        QCOMPARE(first.stats.rowsRejected, int64_t(0));
        QCOMPARE(first.stats.rowsImported, int64_t(4)); // r1, r2, r3 (u2), r4 (10:02)
        QCOMPARE(first.stats.duplicatesSkipped, int64_t(1)); // r2 resent

        const auto again = p.import(v1);
        QVERIFY2(again.ok(), again.error.c_str());
        QCOMPARE(again.stats.rowsImported, int64_t(0));
        QCOMPARE(again.stats.duplicatesSkipped, int64_t(5));

        const auto newer = p.import(v2);
        QVERIFY2(newer.ok(), newer.error.c_str());
        QCOMPARE(newer.stats.rowsRead, int64_t(7));
        QCOMPARE(newer.stats.rowsImported, int64_t(2)); // r5 (u3) and r6 (Invite Sent)
        QCOMPARE(newer.stats.duplicatesSkipped, int64_t(5));

        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(6));
        QCOMPARE(eventsOf(p, "u1"), int64_t(4)); // Signed Up 10:00 and 10:02, Project Created, Invite Sent
        QCOMPARE(eventsOf(p, "u2"), int64_t(1));
        QCOMPARE(eventsOf(p, "u3"), int64_t(1));
        QCOMPARE(p.count("SELECT count(*) FROM sources"), int64_t(3));
        QCOMPARE(p.count("SELECT sum(rows_imported) FROM sources"), int64_t(6));
        QCOMPARE(p.count("SELECT sum(duplicates_skipped) FROM sources"), int64_t(11));
    }

    // The retried Segment message keeps the first copy's skew-corrected time.
    void segment_retry_keeps_the_first_copy()
    {
        TempProject p;
        const auto report = p.import(p.writeFile("segment.jsonl", exportText("", segmentLine, false)));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.stats.duplicatesSkipped, int64_t(1));
        QCOMPARE(
            p.count("SELECT ts FROM events WHERE type = (SELECT id FROM event_types WHERE display_name = "
                    "'Project Created')"),
            (kBaseSec + 60) * 1000 + 200);
    }
};

QTEST_GUILESS_MAIN(TstDedup)
#include "tst_dedup.moc"

// The pieces that keep deduplication within a fixed memory budget: the radix sort, the KeyLog's
// sorted runs on disk and their merge, and ExistingKeys' ordered probe over sorted and legacy
// (hash-order) key blobs. Each checked against std::sort / std::set on seeded random data.
#include "core/store/existing_keys.h"
#include "core/store/key_log.h"
#include "testutil/temp_project.h"

#include <QTest>
#include <algorithm>
#include <random>
#include <set>

using namespace waymark;
using namespace waymark::store;

namespace {

// Entries as an import makes them: tags ascending, keys random, some keys repeated.
std::vector<KeyEntry> entries(size_t n, uint64_t seed, int repeatEvery)
{
    std::mt19937_64 rng(seed);
    std::vector<KeyEntry> out;
    for (size_t i = 0; i < n; ++i) {
        const uint64_t key = (repeatEvery && i % size_t(repeatEvery) == 0 && i) ? out[rng() % i].key : rng();
        out.push_back({ key, (uint64_t(i + 1) << 1) | (rng() & 1) });
    }
    return out;
}

std::vector<KeyEntry> readAll(const KeyLog& log)
{
    std::vector<KeyEntry> out;
    auto r = log.read();
    KeyEntry e;
    while (r.next(e))
        out.push_back(e);
    return out;
}

bool same(const std::vector<KeyEntry>& a, const std::vector<KeyEntry>& b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(),
            [](const KeyEntry& x, const KeyEntry& y) { return x.key == y.key && x.tag == y.tag; });
}

} // namespace

class TstKeyLog : public QObject {
    Q_OBJECT
private slots:
    void radix_sort_matches_std_sort_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("repeatEvery");
        QTest::newRow("tiny") << 7 << 0;
        QTest::newRow("below the radix cut-off") << 255 << 3;
        QTest::newRow("100k, no repeats") << 100000 << 0;
        QTest::newRow("100k, every 5th a repeat") << 100000 << 5;
    }
    void radix_sort_matches_std_sort()
    {
        QFETCH(int, n);
        QFETCH(int, repeatEvery);
        auto data = entries(size_t(n), 11, repeatEvery);
        // Out of tag order too, as the repeats log receives them.
        std::shuffle(data.begin(), data.end(), std::mt19937_64(3));
        auto expected = data;
        std::sort(expected.begin(), expected.end());
        sortKeys(data);
        QVERIFY(same(data, expected));
    }

    void in_memory_log()
    {
        KeyLog log(1 << 20);
        const auto data = entries(5000, 1, 4);
        for (const auto& e : data)
            log.add(e.key, e.tag);
        log.finish();
        QCOMPARE(log.runCount(), size_t(0));
        QCOMPARE(log.size(), uint64_t(5000));
        auto expected = data;
        std::sort(expected.begin(), expected.end());
        QVERIFY(same(readAll(log), expected));
    }

    void spilled_runs_merge_in_order()
    {
        // A budget of 1,024 entries: 10,000 entries make 9 full runs and a last one of 784.
        KeyLog log(1024);
        const auto data = entries(10000, 2, 3);
        for (const auto& e : data)
            log.add(e.key, e.tag);
        log.finish();
        QCOMPARE(log.runCount(), size_t(10));
        QCOMPARE(log.size(), uint64_t(10000));
        auto expected = data;
        std::sort(expected.begin(), expected.end());
        QVERIFY(same(readAll(log), expected));
        QVERIFY(same(readAll(log), expected)); // a second reader sees the same
    }

    void empty_log()
    {
        KeyLog log;
        log.finish();
        QVERIFY(readAll(log).empty());
    }

    void existing_keys_probe_sorted_and_legacy_sources()
    {
        test::TempProject p;
        Database& db = p.open().db();
        std::mt19937_64 rng(5);
        // Source 1: the first layout, 70,000 keys in hash order as blobs of 65,536 and 4,464.
        std::vector<uint64_t> legacy(70000);
        for (auto& k : legacy)
            k = rng();
        auto insert = db.prepare("INSERT INTO event_keys(source_id, keys) VALUES(?, ?)");
        insert.bind(1, int64_t(1)).bindBlob(2, legacy.data(), 65536 * 8).run();
        insert.bind(1, int64_t(1)).bindBlob(2, legacy.data() + 65536, (70000 - 65536) * 8).run();
        // Source 2: sorted, in blobs of kKeysPerBlob (20,000 keys: three blobs).
        std::vector<uint64_t> sorted(20000);
        for (auto& k : sorted)
            k = rng();
        std::sort(sorted.begin(), sorted.end());
        {
            KeyBlobWriter w(db, 2);
            for (uint64_t k : sorted)
                w.add(k);
            w.flush();
        }
        QCOMPARE(p.count("SELECT count(*) FROM event_keys WHERE source_id = 2"), int64_t(3));
        // Source 3: one small legacy blob, unsorted.
        const uint64_t small[] = { 900, 5, 77 };
        insert.bind(1, int64_t(3)).bindBlob(2, small, sizeof small).run();

        std::set<uint64_t> all(legacy.begin(), legacy.end());
        all.insert(sorted.begin(), sorted.end());
        all.insert({ 900, 5, 77 });
        // Probes: every stored key, and as many absent ones, in ascending order.
        std::vector<uint64_t> probes(all.begin(), all.end());
        for (int i = 0; i < 90003; ++i)
            probes.push_back(rng());
        probes.push_back(6);
        std::sort(probes.begin(), probes.end());
        ExistingKeys existing(db);
        size_t hits = 0;
        for (uint64_t k : probes) {
            const bool found = existing.contains(k);
            QCOMPARE(found, all.count(k) == 1);
            hits += found;
            QCOMPARE(existing.contains(k), found); // probing the same key again is allowed
        }
        QCOMPARE(hits, all.size());
        auto& legacySources = existing.legacySources();
        QCOMPARE(legacySources.size(), size_t(2));
        QCOMPARE(legacySources[0].sourceId, int64_t(1));
        QVERIFY(std::is_sorted(legacySources[0].keys.begin(), legacySources[0].keys.end()));
        QCOMPARE(legacySources[0].keys.size(), size_t(70000));
        QCOMPARE(legacySources[1].sourceId, int64_t(3));
        QCOMPARE(legacySources[1].keys, (std::vector<uint64_t> { 5, 77, 900 }));
    }

    void legacy_keys_still_deduplicate_and_are_rewritten_sorted()
    {
        // A project whose keys were written in the first layout (hash order): re-importing the file
        // adds nothing, and afterwards its keys are stored sorted.
        test::TempProject p;
        const std::string csv
            = "user_id,event,timestamp\nu1,a,2024-01-01T00:00:00Z\nu1,b,2024-01-01T00:01:00Z\n"
              "u2,a,2024-01-01T00:00:00Z\nu2,a,2024-01-01T00:00:00Z\n";
        const std::string file = p.writeFile("e.csv", csv);
        QVERIFY(p.import(file).ok());
        {
            Database& db = p.open().db();
            auto st = db.prepare("SELECT keys FROM event_keys");
            QVERIFY(st.step());
            std::string blob(st.columnBlob(0));
            QVERIFY(!st.step());
            st.reset();
            QCOMPARE(blob.size(), size_t(4 * 8));
            // Reverse it: a hash-order blob as the first layout stored it.
            std::vector<uint64_t> keys(4);
            std::memcpy(keys.data(), blob.data(), blob.size());
            QVERIFY(std::is_sorted(keys.begin(), keys.end()));
            std::reverse(keys.begin(), keys.end());
            db.prepare("UPDATE event_keys SET keys = ?").bindBlob(1, keys.data(), 32).run();
        }
        p.close();
        const auto again = p.import(file);
        QVERIFY(again.ok());
        QCOMPARE(again.stats.rowsImported, int64_t(0));
        QCOMPARE(again.stats.duplicatesSkipped, int64_t(4));
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(4));
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT sum(event_count) FROM sessions"), int64_t(4));
        Database& db = p.open().db();
        auto st = db.prepare("SELECT keys FROM event_keys WHERE source_id = 1");
        QVERIFY(st.step());
        std::vector<uint64_t> keys(st.columnBlob(0).size() / 8);
        std::memcpy(keys.data(), st.columnBlob(0).data(), keys.size() * 8);
        QCOMPARE(keys.size(), size_t(4));
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
    }
};

QTEST_GUILESS_MAIN(TstKeyLog)
#include "tst_key_log.moc"

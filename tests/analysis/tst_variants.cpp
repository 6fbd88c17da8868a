// Variants of small hand-written logs: ranking, share, coverage, happy path, units, repeats.
// (The receipt and helpdesk variant numbers are in tst_process_map, next to their maps.)
#include "core/analysis/variants.h"
#include "journey_fixture.h"

#include <QTest>

using namespace waymark;
using namespace waymark::analysis;

namespace {

// 3 x A B, 2 x A B C, 2 x A, 1 x A A B, 1 x A D: nine cases, one user (and session) each.
test::Journeys nine()
{
    test::Journeys j;
    uint32_t u = 0;
    for (const char* text : { "A B", "A B", "A B", "A B C", "A B C", "A", "A", "A A B", "A D" })
        j.user(++u, text);
    return j;
}

// "events=count@share~coverage#rank" for each variant, shares and coverages in ninths.
QString text(const test::Journeys& j, const std::vector<Variant>& variants)
{
    QStringList out;
    for (const auto& v : variants) {
        QString events;
        for (uint32_t t : v.events)
            events += QString::fromStdString(j.names()[t]);
        out << QStringLiteral("%1=%2@%3~%4#%5")
                   .arg(events)
                   .arg(v.count)
                   .arg(v.share * 9, 0, 'f', 6)
                   .arg(v.coverage * 9, 0, 'f', 6)
                   .arg(v.rank);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TstVariants : public QObject {
    Q_OBJECT
private slots:
    void ranking_share_and_coverage()
    {
        const auto j = nine();
        const auto r = findVariants(*j.build(), {});
        QCOMPARE(r.cases, 9);
        QCOMPARE(r.distinct, 5);
        // Ties: A before A B C (a prefix first), A A B before A D (A < D at the second event).
        QCOMPARE(text(j, r.variants),
            QStringLiteral("AB=3@3.000000~3.000000#1 A=2@2.000000~5.000000#2 ABC=2@2.000000~7.000000#3 "
                           "AAB=1@1.000000~8.000000#4 AD=1@1.000000~9.000000#5"));
        QCOMPARE(r.variants.back().coverage, 1.0);
        QVERIFY(!r.happyPath);
    }

    void top_and_happy_path()
    {
        const auto j = nine();
        const auto s = j.build();
        VariantQuery q;
        q.top = 2;
        q.goalTypes = { j.type("C") };
        auto r = findVariants(*s, q);
        QCOMPARE(text(j, r.variants), QStringLiteral("AB=3@3.000000~3.000000#1 A=2@2.000000~5.000000#2"));
        QCOMPARE(r.distinct, 5);
        // The happy path lies outside the top two and is still reported, with its own rank.
        QVERIFY(r.happyPath);
        QCOMPARE(text(j, { *r.happyPath }), QStringLiteral("ABC=2@2.000000~7.000000#3"));
        q.goalTypes = { j.type("D") };
        QCOMPARE(findVariants(*s, q).happyPath->rank, 5);
        q.goalTypes = { j.type("B") }; // the most frequent variant already reaches B
        QCOMPARE(findVariants(*s, q).happyPath->rank, 1);
        q.goalTypes = { j.type("X") }; // nobody does X
        QVERIFY(!findVariants(*s, q).happyPath);
    }

    void collapse_repeats()
    {
        const auto j = nine();
        VariantQuery q;
        q.collapseRepeats = true; // A A B joins A B
        const auto r = findVariants(*j.build(), q);
        QCOMPARE(text(j, r.variants),
            QStringLiteral("AB=4@4.000000~4.000000#1 A=2@2.000000~6.000000#2 ABC=2@2.000000~8.000000#3 "
                           "AD=1@1.000000~9.000000#4"));
    }

    void sessions_or_users()
    {
        test::Journeys j;
        j.user(1, "A B | A").user(2, "A B").user(3, "A | A B");
        const auto s = j.build();
        // Sessions: A B (u1), A (u1), A B (u2), A (u3), A B (u3).
        auto r = findVariants(*s, {});
        QCOMPARE(r.cases, 5);
        QCOMPARE(r.variants.size(), size_t(2));
        QCOMPARE(r.variants[0].count, 3);
        QCOMPARE(r.variants[1].count, 2);
        QCOMPARE(r.variants[1].events, std::vector<uint32_t> { j.type("A") });
        // Users: A B A, A B, A A B - three variants of one case each, in name order.
        VariantQuery q;
        q.unit = CountingUnit::Users;
        q.threads = 2;
        r = findVariants(*s, q);
        QCOMPARE(r.cases, 3);
        QCOMPARE(r.distinct, 3);
        QCOMPARE(r.variants[0].events, (std::vector<uint32_t> { j.type("A"), j.type("A"), j.type("B") }));
        QCOMPARE(r.variants[1].events, (std::vector<uint32_t> { j.type("A"), j.type("B") }));
        QCOMPARE(r.variants[2].events, (std::vector<uint32_t> { j.type("A"), j.type("B"), j.type("A") }));
    }

    void filters_and_invalid()
    {
        test::Journeys j;
        j.user(1, "A@0 B@10 C@100").user(2, "C@200");
        VariantQuery q;
        q.filter.toMs = 50000; // keeps A and B of u1; u2 is no case
        const auto r = findVariants(*j.build(), q);
        QCOMPARE(r.cases, 1);
        QCOMPARE(r.variants[0].events, (std::vector<uint32_t> { j.type("A"), j.type("B") }));
        q.top = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, findVariants(*j.build(), q));
    }
};

QTEST_GUILESS_MAIN(TstVariants)
#include "tst_variants.moc"

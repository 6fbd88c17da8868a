// Feedback and survey responses (NPS, CSAT, ratings, free comments) as CSV, from survey tools
// (Delighted, Typeform, SurveyMonkey, Qualtrics, in-app widgets) whose column names vary.
#include "parsers.h"
#include "props_builder.h"
#include "records_util.h"
#include "sniff_util.h"

#include <algorithm>
#include <cmath>

namespace waymark::ingest {

namespace {

const Candidates kUserColumns = { "user_id", "userid", "customer_id", "respondent_id", "contact_id",
    "external_id", "distinct_id", "person_id", "member_id", "uid", "user" };
const Candidates kEmailColumns
    = { "email", "user_email", "respondent_email", "customer_email", "email_address", "contact_email" };
const Candidates kTimeColumns = { "submitted_at", "created_at", "date", "timestamp", "response_date",
    "responded_at", "completed_at", "survey_date", "date_submitted", "submitted", "recordeddate", "enddate",
    "end_date", "time", "datetime", "received_at" };
const Candidates kNpsColumns = { "nps", "nps_score", "likelihood_to_recommend", "recommend_score",
    "nps_rating", "how_likely_are_you_to_recommend_us_to_a_friend" };
const Candidates kCsatColumns = { "csat", "csat_score", "csat_rating", "satisfaction", "satisfaction_score" };
const Candidates kGenericScoreColumns = { "score", "rating", "response_score", "value" };
const Candidates kCommentColumns
    = { "comment", "comments", "feedback", "verbatim", "text", "reason", "what_could_we_improve",
          "nps_comment", "open_text", "feedback_text", "response", "answer", "message", "why" };
const Candidates kKindColumns = { "kind", "type", "survey_type", "survey", "feedback_type" };
const Candidates kIdColumns
    = { "response_id", "id", "feedback_id", "submission_id", "responseid", "survey_response_id" };
// Columns of other record formats: a file with them is not a survey export.
const Candidates kForeignColumns = { "subject", "requester_id", "requester_email", "conversation_id",
    "message_body", "event", "event_name", "event_type", "mrr", "title", "version" };

enum class Scale { Nps, Csat, Generic, None };

// Scores as survey tools export them: "9", "4.5", or with the answer's label ("10 - Extremely
// likely", SurveyMonkey).
bool parseScore(std::string_view text, double& out)
{
    if (parseLooseNumber(text, out)) return true;
    const size_t space = text.find(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view label = trimmed(text.substr(space));
    return !label.empty()
        && (label.front() == '-' || label.front() == '(' || label.rfind("\xE2\x80\x93", 0) == 0)
        && parseLooseNumber(text.substr(0, space), out);
}

// A row whose kind waits for the file's scale to show (generic "score" columns).
struct Pending {
    std::string id, user, email, comment, props;
    int64_t timeMs = 0, line = 0;
    double score = 0;
};

class FeedbackParser {
public:
    FeedbackParser(InputStream& in, const ParseOptions& options, RowSink& sink)
        : m_in(in)
        , m_ctx(in, options, sink)
    {
    }

    ParseResult run()
    {
        const ParseResult result = readRecordCsv(
            m_in, m_ctx, [this](RecordColumns& c) { return setup(c); },
            [this](const std::vector<std::string_view>& f, int64_t line) { return row(f, line); });
        if (result.outcome != Outcome::Success) return result;
        // Generic scores that never left 1..5: a rating scale, not NPS.
        try {
            decide("rating");
        } catch (const std::exception& e) {
            return m_ctx.fail(e.what()); // the sink's own failure, e.g. a full disk
        }
        return m_ctx.finish();
    }

private:
    std::string setup(RecordColumns& c);
    bool row(const std::vector<std::string_view>& f, int64_t line);
    bool emit(FeedbackRow& row);
    bool decide(std::string_view kind);

    InputStream& m_in;
    ParseContext m_ctx;
    const RecordColumns* m_columns = nullptr;
    int m_user = -1, m_email = -1, m_time = -1, m_score = -1, m_comment = -1, m_kind = -1, m_id = -1;
    Scale m_scale = Scale::None;
    std::string m_decided; // the kind of generic scores once known
    std::vector<Pending> m_pending;
    PropsBuilder m_props;
    std::string m_kindText, m_reason;
};

// Survey tools name columns after the question ("How likely are you to recommend us?", "Why?").
int questionColumn(const RecordColumns& c, Candidates words)
{
    for (auto word : words)
        for (size_t i = 0; i < c.size(); ++i)
            if (!c.used(i) && c.normalised()[i].find(word) != std::string::npos) return static_cast<int>(i);
    return -1;
}

std::string FeedbackParser::setup(RecordColumns& c)
{
    m_columns = &c;
    m_time = c.find("time", kTimeColumns);
    if ((m_score = c.find("score", kNpsColumns)) >= 0)
        m_scale = Scale::Nps;
    else if ((m_score = c.find("score", kCsatColumns)) >= 0)
        m_scale = Scale::Csat;
    else if ((m_score = c.find("score", kGenericScoreColumns)) >= 0)
        m_scale = Scale::Generic;
    else if (const int question = questionColumn(c, { "recommend" }); question >= 0) {
        m_score = c.find("score", { c.normalised()[static_cast<size_t>(question)] });
        m_scale = Scale::Nps;
    }
    m_comment = c.find("comment", kCommentColumns);
    m_user = c.find("user", kUserColumns);
    m_email = c.find("email", kEmailColumns);
    m_kind = c.find("kind", kKindColumns);
    m_id = c.find("id", kIdColumns);
    if (const int question = questionColumn(c, { "improve", "comment", "feedback", "why", "reason" });
        m_comment < 0 && question >= 0)
        m_comment = c.find("comment", { c.normalised()[static_cast<size_t>(question)] });
    if (m_time < 0) return "no time column found (looked for " + candidateList(kTimeColumns) + ")";
    if (m_score < 0 && m_comment < 0)
        return "no score or comment column found (looked for " + candidateList(kNpsColumns) + ", "
            + candidateList(kCsatColumns) + ", " + candidateList(kGenericScoreColumns) + ", "
            + candidateList(kCommentColumns) + ")";
    return {};
}

bool FeedbackParser::row(const std::vector<std::string_view>& f, int64_t line)
{
    auto get = [&](int column) { return trimmed(RecordColumns::get(f, column)); };
    FeedbackRow r;
    r.line = line;
    if (!parseTime(get(m_time), m_ctx.options(), r.timeMs, m_reason)) return m_ctx.reject(line, m_reason);
    const std::string_view scoreText = get(m_score);
    if (!scoreText.empty() && !parseScore(scoreText, r.score))
        return m_ctx.reject(line, "score '" + std::string(scoreText) + "' is not a number");
    r.comment = get(m_comment);
    if (std::isnan(r.score) && r.comment.empty())
        return m_ctx.reject(line, "row has neither a score nor a comment");
    r.externalId = get(m_id);
    r.userRef = get(m_user);
    r.email = get(m_email);
    m_props.clear();
    m_columns->addOthers(m_props, f);
    r.propsJson = m_props.finish();

    // An explicit survey type wins; "NPS survey" and "Net Promoter Score" both mean nps.
    m_kindText = lowerCase(get(m_kind));
    if (m_kindText.find("nps") != std::string::npos || m_kindText.find("net promoter") != std::string::npos)
        m_kindText = "nps";
    else if (m_kindText.find("csat") != std::string::npos)
        m_kindText = "csat";
    if (!m_kindText.empty())
        r.kind = m_kindText;
    else if (std::isnan(r.score))
        r.kind = "comment";
    else if (m_scale == Scale::Nps)
        r.kind = "nps";
    else if (m_scale == Scale::Csat)
        r.kind = "csat";
    else if (!m_decided.empty())
        r.kind = m_decided;
    else {
        // The scale shows in the values: 0 or 6..10 only fit NPS, anything else outside 0..10 or
        // with a fraction only fits a rating. Until one appears, rows wait.
        const double s = r.score;
        const bool integral = s == std::floor(s);
        if (integral && (s == 0 || (s > 5 && s <= 10))) {
            if (!decide("nps")) return false;
            r.kind = m_decided;
        } else if (!integral || s < 0 || s > 10) {
            if (!decide("rating")) return false;
            r.kind = m_decided;
        } else {
            m_pending.push_back({ std::string(r.externalId), std::string(r.userRef), std::string(r.email),
                std::string(r.comment), std::string(r.propsJson), r.timeMs, line, r.score });
            return true;
        }
    }
    return emit(r);
}

bool FeedbackParser::emit(FeedbackRow& r)
{
    if (r.kind == "nps" && !std::isnan(r.score) && (r.score < 0 || r.score > 10)) {
        std::string score = std::to_string(r.score);
        score.erase(score.find_last_not_of('0') + 1);
        if (!score.empty() && score.back() == '.') score.pop_back();
        return m_ctx.reject(r.line, "NPS score " + score + " is outside 0-10");
    }
    return m_ctx.sink().feedback(r) || m_ctx.cancelled();
}

bool FeedbackParser::decide(std::string_view kind)
{
    if (m_decided.empty()) m_decided = kind;
    for (const Pending& p : m_pending) {
        FeedbackRow r;
        r.externalId = p.id;
        r.userRef = p.user;
        r.email = p.email;
        r.comment = p.comment;
        r.propsJson = p.props;
        r.timeMs = p.timeMs;
        r.line = p.line;
        r.score = p.score;
        r.kind = m_decided;
        if (!emit(r)) return false;
    }
    m_pending.clear();
    return true;
}

} // namespace

int sniffFeedback(std::string_view head, std::string_view)
{
    const auto header = csvHeaderOf(head);
    if (header.empty() || findColumn(header, kTimeColumns) < 0 || findColumn(header, kForeignColumns) >= 0)
        return 0;
    const bool comment = findColumn(header, kCommentColumns) >= 0;
    const bool recommend = std::any_of(header.begin(), header.end(),
        [](const std::string& h) { return h.find("recommend") != std::string::npos; });
    if (findColumn(header, kNpsColumns) >= 0 || findColumn(header, kCsatColumns) >= 0 || recommend) return 55;
    if (findColumn(header, kGenericScoreColumns) >= 0)
        return comment || findColumn(header, kKindColumns) >= 0 ? 50 : 0;
    // Comment-only feedback: it must also name who said it, unlike a changelog with "text".
    return comment && (findColumn(header, kUserColumns) >= 0 || findColumn(header, kEmailColumns) >= 0) ? 40
                                                                                                        : 0;
}

ParseResult parseFeedback(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    FeedbackParser parser(in, options, sink);
    return parser.run();
}

} // namespace waymark::ingest

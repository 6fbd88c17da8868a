// CRM accounts as CSV (HubSpot / Salesforce / spreadsheet exports): one row per account, or one
// row per member of an account naming the member's user id or email.
#include "parsers.h"
#include "props_builder.h"
#include "records_util.h"
#include "sniff_util.h"

namespace waymark::ingest {

namespace {

const Candidates kAccountColumns = { "account_id", "company_id", "accountid", "companyid", "organization_id",
    "org_id", "customer_account_id", "record_id" };
const Candidates kNameColumns
    = { "account_name", "company_name", "name", "company", "account", "organization", "organization_name" };
const Candidates kPlanColumns
    = { "plan", "plan_name", "subscription_plan", "pricing_plan", "tier", "product_tier" };
const Candidates kMrrColumns
    = { "mrr", "mrr_usd", "monthly_recurring_revenue", "monthly_revenue", "current_mrr", "mrr_amount" };
const Candidates kSizeColumns = { "company_size", "employees", "employee_count", "num_employees",
    "number_of_employees", "headcount", "size", "team_size" };
const Candidates kSegmentColumns = { "segment", "customer_segment", "market_segment" };
const Candidates kMemberColumns
    = { "user_id", "member_id", "member_user_id", "contact_id", "external_user_id", "userid", "user" };
const Candidates kEmailColumns = { "email", "user_email", "member_email", "contact_email", "email_address" };
// Columns of records that are not accounts (feedback scores, events, tickets).
const Candidates kForeignColumns = { "nps", "nps_score", "score", "rating", "csat", "event", "event_name",
    "subject", "conversation_id", "submitted_at" };

} // namespace

int sniffCrm(std::string_view head, std::string_view fileName)
{
    const auto header = csvHeaderOf(head);
    if (header.empty() || findColumn(header, kForeignColumns) >= 0) return 0;
    const int described = (findColumn(header, kPlanColumns) >= 0) + (findColumn(header, kMrrColumns) >= 0)
        + (findColumn(header, kSizeColumns) >= 0) + (findColumn(header, kSegmentColumns) >= 0)
        + hasColumn(header, "arr") + hasColumn(header, "industry");
    if (findColumn(header, kAccountColumns) >= 0) return described >= 1 ? 55 : 0;
    // A bare "id" is an account id only next to several account attributes.
    return hasColumn(header, "id") && findColumn(header, kNameColumns) >= 0 && described >= 2 ? 45 : 0;
}

ParseResult parseCrm(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ParseContext ctx(in, options, sink);
    int account = -1, name = -1, plan = -1, mrr = -1, size = -1, segment = -1, member = -1, email = -1;
    const RecordColumns* columns = nullptr;
    auto setup = [&](RecordColumns& c) -> std::string {
        columns = &c;
        account = c.find("account", kAccountColumns);
        if (account < 0) account = c.find("account", { "id" });
        if (account < 0)
            return "no account id column found (looked for " + candidateList(kAccountColumns) + ", id)";
        name = c.find("name", kNameColumns);
        plan = c.find("plan", kPlanColumns);
        mrr = c.find("mrr", kMrrColumns);
        size = c.find("company_size", kSizeColumns);
        segment = c.find("segment", kSegmentColumns);
        member = c.find("user", kMemberColumns);
        email = c.find("email", kEmailColumns);
        return {};
    };
    PropsBuilder props;
    auto row = [&](const std::vector<std::string_view>& f, int64_t line) {
        auto get = [&](int column) { return trimmed(RecordColumns::get(f, column)); };
        AccountRow a;
        a.line = line;
        a.accountId = get(account);
        if (a.accountId.empty()) return ctx.reject(line, "missing account id");
        a.name = get(name);
        a.plan = get(plan);
        if (const std::string_view text = get(mrr); !text.empty() && !parseLooseNumber(text, a.mrr))
            return ctx.reject(line, "mrr '" + std::string(text) + "' is not a number");
        if (const std::string_view text = get(size); !parseCompanySize(text, a.companySize))
            return ctx.reject(
                line, "company size '" + std::string(text) + "' is not a number or a range like 51-200");
        a.segment = get(segment);
        a.userRef = get(member);
        a.email = get(email);
        props.clear();
        columns->addOthers(props, f);
        a.propsJson = props.finish();
        return ctx.sink().account(a) || ctx.cancelled();
    };
    return readRecordCsv(in, ctx, setup, row);
}

} // namespace waymark::ingest

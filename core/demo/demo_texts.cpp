#include "demo_texts.h"

#include "demo_generator.h"

namespace waymark::demo::detail {

namespace {

// Each theme's wording keeps its own vocabulary (integration/instructions, team/settings,
// template/project) so text clustering can find the themes without reading the tags.
constexpr std::string_view kIntegrationSubjects[]
    = { "How do I connect {Provider}?", "Integration setup instructions unclear",
          "{Provider} connection keeps failing", "Stuck on the integrations step",
          "Which API key do I need for {Provider}?", "Integration instructions don't match what I see" };
constexpr std::string_view kIntegrationBodies[] = {
    "I've been on the integrations page for a while and the instructions don't say where to find the API key "
    "for "
    "{Provider}. The connect button just spins. What am I missing?",
    "The setup instructions for {Provider} mention scopes I can't find in our admin console. I tried several "
    "times "
    "and keep getting {error}. Are the integration docs up to date?",
    "Trying to connect {Provider} during the trial. The steps on the integration page don't match what I see "
    "- there "
    "is no webhook URL field anywhere. Could you walk me through the integration setup?",
    "We want to evaluate workflows but can't get past connecting {Provider}. The integration instructions "
    "are really "
    "unclear about which permissions are required.",
    "Hi, I'm on my phone and the integration setup page for {Provider} is confusing. Which token goes where? "
    "The "
    "instructions skip a step.",
};
constexpr std::string_view kIntegrationReplies[] = {
    "Thanks for reaching out, {first}! For {Provider} you need an admin API key with read and write scope. "
    "Here is "
    "the step-by-step guide: https://help.waymark-demo.test/integrations/{provider}. We are rewriting the "
    "instructions on that page right now.",
    "Sorry about the confusion. The {Provider} integration needs to be authorised by a workspace admin on "
    "their "
    "side first; after that the connect button completes in a few seconds. Let us know if {error} shows up "
    "again.",
};
constexpr std::string_view kIntegrationFollowUps[] = { "Thanks, that worked!",
    "Still failing with the same error, and the instructions still don't mention the admin step.",
    "Got it connected after finding the right key. Please make the instructions clearer." };

constexpr std::string_view kTeamSubjects[]
    = { "Where are the team settings?", "Can't find where to invite my team", "How do I add teammates?",
          "Team members page missing?", "Can't find team settings to set roles" };
constexpr std::string_view kTeamBodies[] = {
    "I want to invite two colleagues but I can't find team settings anywhere. I clicked back and forth "
    "between the "
    "onboarding screen and settings several times.",
    "Where do I manage the members of my workspace? The invite step sends me to settings but there is no "
    "Team tab "
    "that I can see.",
    "Trying to set roles for my team before inviting them. I can't find the team settings page - is it only "
    "available on a paid plan?",
    "The onboarding asks me to invite my team but I'd like to set up permissions first. Where are the team "
    "settings?",
};
constexpr std::string_view kTeamReplies[] = {
    "Hi {first}, team settings live under Settings > Workspace > Members. You can invite teammates from "
    "there, or "
    "skip the step in onboarding and come back to it later.",
    "Good question! Roles and team settings are on the Members tab of your workspace settings; every trial "
    "has "
    "them. We know the link is hard to find and are moving it.",
};
constexpr std::string_view kTeamFollowUps[] = { "Found it, thanks.",
    "That tab isn't there for me. Is it hidden on mobile?", "Thanks - it really should be easier to find." };

constexpr std::string_view kTemplateSubjects[] = { "Which project template should I use?",
    "Confused by the new template gallery", "Template vs blank project?",
    "Can I change a project's template later?", "Project templates are confusing" };
constexpr std::string_view kTemplateBodies[] = {
    "The new template gallery has lots of options and I don't understand the difference between '{template}' "
    "and "
    "'Blank'. Which project template fits an operations team?",
    "I didn't manage to create a project - the templates all look similar. Can I switch the template of a "
    "project "
    "later?",
    "We're not sure which project template to start with. The previews don't explain what gets created. Is "
    "there a "
    "comparison of the templates somewhere?",
    "The template picker confuses me: selecting '{template}' adds fields we don't need and I can't see how "
    "to remove "
    "them from the project.",
};
constexpr std::string_view kTemplateReplies[] = {
    "Hi {first}, templates only pre-fill a project; you can change everything afterwards. Most teams start "
    "with "
    "'Blank' or 'Client Onboarding'.",
    "Thanks for the feedback on the template gallery. A project's template can be changed under Project "
    "settings > "
    "Template at any time.",
};
constexpr std::string_view kTemplateFollowUps[]
    = { "OK, that helps.", "It would help if the gallery said that. Still not sure which template to pick." };

constexpr std::string_view kBillingSubjects[]
    = { "Question about pricing after the trial", "Do you offer annual billing?", "Invoice with VAT number" };
constexpr std::string_view kBillingBodies[] = {
    "What happens when the trial ends? Will we be charged automatically?",
    "We'd prefer annual billing with an invoice. Is that possible on the team plan?",
    "Our finance team needs our VAT number on invoices. Where can I add it?",
};
constexpr std::string_view kBillingReplies[] = { "Hi {first}, nothing is charged automatically: at the end "
                                                 "of the trial you choose a plan. Annual billing and "
                                                 "invoices are available on every plan." };
constexpr std::string_view kBillingFollowUps[] = { "Great, thanks." };

constexpr std::string_view kLoginSubjects[]
    = { "SSO with Okta", "Can't log in with Google", "Password reset email not arriving" };
constexpr std::string_view kLoginBodies[] = {
    "We need SSO through Okta before we can roll this out. Is SAML available during the trial?",
    "Logging in with Google sends me back to the login page in a loop.",
    "I requested a password reset three times but no email arrives.",
};
constexpr std::string_view kLoginReplies[] = { "Hi {first}, thanks for the report. We've fixed the login "
                                               "issue on our side; SAML SSO is available on the "
                                               "enterprise plan and can be enabled for your trial." };
constexpr std::string_view kLoginFollowUps[] = { "Works now, thank you." };

constexpr std::string_view kExportSubjects[]
    = { "Export our data as CSV", "Is there an API to export projects?" };
constexpr std::string_view kExportBodies[] = {
    "Before committing we need to know we can get our data out. Can we export projects and workflow runs as "
    "CSV?",
    "Is there an API to export projects and run history for our BI tool?",
};
constexpr std::string_view kExportReplies[] = { "Hi {first}, yes: every project can be exported as CSV from "
                                                "its menu, and the REST API exposes projects and "
                                                "runs." };
constexpr std::string_view kExportFollowUps[] = { "Perfect." };

const TicketTexts kTexts[] = {
    { kIntegrationSubjects, kIntegrationBodies, kIntegrationReplies, kIntegrationFollowUps,
        "integration,onboarding" },
    { kTeamSubjects, kTeamBodies, kTeamReplies, kTeamFollowUps, "team,settings,onboarding" },
    { kTemplateSubjects, kTemplateBodies, kTemplateReplies, kTemplateFollowUps,
        "projects,templates,onboarding" },
    { kBillingSubjects, kBillingBodies, kBillingReplies, kBillingFollowUps, "billing", true },
    { kLoginSubjects, kLoginBodies, kLoginReplies, kLoginFollowUps, "login,sso", true },
    { kExportSubjects, kExportBodies, kExportReplies, kExportFollowUps, "export,api", true },
};
static_assert(std::size(kTexts) == kTicketThemes.size(), "one set of texts per ticket theme");

constexpr std::string_view kPromoterComments[] = { "Love how quickly we got our first workflow running.",
    "Great product, the workflow builder is intuitive.", "Setup was smooth and support answered fast.",
    "Saves our ops team hours every week already.", "The onboarding checklist made it easy to get started." };
constexpr std::string_view kPassiveComments[] = { "Good so far, but onboarding took longer than expected.",
    "Solid tool, though some settings are hard to find.",
    "Nice features; the templates could be explained better.",
    "Useful, but I need more time to evaluate it." };
constexpr std::string_view kIntegrationDetractor[]
    = { "Couldn't get the {Provider} integration working - the instructions are unclear.",
          "Spent ages on the integration page and gave up.",
          "Integration setup is confusing and keeps failing.",
          "The integration instructions are outdated, we could not connect {Provider}." };
constexpr std::string_view kTeamDetractor[] = { "Couldn't even find where to invite my team.",
    "Team settings are impossible to find.", "I kept going back and forth looking for the team settings." };
constexpr std::string_view kTemplateDetractor[]
    = { "Too many project templates, no idea which one to pick.", "The new project templates are confusing.",
          "Creating a project shouldn't require choosing from 20 templates." };
constexpr std::string_view kGeneralDetractor[] = { "Not sure what this tool does for us yet.",
    "Too complicated for a small team.", "The mobile experience is frustrating." };

} // namespace

const TicketTexts& ticketTexts(size_t theme)
{
    return kTexts[theme < std::size(kTexts) ? theme : 0];
}

std::span<const std::string_view> npsComments(int score, NpsDriver driver)
{
    if (score >= 9) return kPromoterComments;
    if (score >= 7) return kPassiveComments;
    switch (driver) {
    case NpsDriver::Integration:
        return kIntegrationDetractor;
    case NpsDriver::TeamSettings:
        return kTeamDetractor;
    case NpsDriver::Templates:
        return kTemplateDetractor;
    default:
        return kGeneralDetractor;
    }
}

} // namespace waymark::demo::detail

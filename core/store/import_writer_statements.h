#pragma once

// The prepared statements of ImportWriter's non-event rows (private to the writer's sources).
#include "import_writer.h"

namespace waymark::store {

struct ImportWriter::RecordStatements {
    explicit RecordStatements(Database& db)
        : ticketExists(db, "SELECT id FROM tickets WHERE external_id = ?")
        , ticketUpsert(db,
              "INSERT INTO tickets(source, external_id, user_ref, email, created_ts, updated_ts, subject, "
              "body, status, "
              "priority, channel, tags, satisfaction, props) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "?11, ?12, "
              "?13, ?14) ON CONFLICT(external_id) DO UPDATE SET updated_ts = excluded.updated_ts, "
              "status = excluded.status, priority = excluded.priority, tags = excluded.tags, "
              "satisfaction = excluded.satisfaction, subject = coalesce(excluded.subject, subject), "
              "body = coalesce(excluded.body, body), user_ref = coalesce(excluded.user_ref, user_ref), "
              "email = coalesce(excluded.email, email), props = coalesce(excluded.props, props)")
        , messageInsert(db,
              "INSERT OR IGNORE INTO ticket_messages(ticket_id, ts, author_type, body, dedup) "
              "VALUES(?,?,?,?,?)")
        , feedbackInsert(db,
              "INSERT OR IGNORE INTO feedback(source, external_id, user_ref, email, ts, kind, score, "
              "comment, props) VALUES(?,?,?,?,?,?,?,?,?)")
        , accountExists(db, "SELECT id FROM accounts WHERE external_id = ?")
        , accountUpsert(db,
              "INSERT INTO accounts(external_id, name, plan, mrr, company_size, segment, props) "
              "VALUES(?1,?2,?3,?4,?5,?6,"
              "?7) ON CONFLICT(external_id) DO UPDATE SET name = coalesce(excluded.name, name), "
              "plan = coalesce(excluded.plan, plan), mrr = coalesce(excluded.mrr, mrr), "
              "company_size = coalesce(excluded.company_size, company_size), "
              "segment = coalesce(excluded.segment, segment), props = coalesce(excluded.props, props)")
        , memberInsert(db,
              "INSERT OR IGNORE INTO account_members(account_id, user_ref, email) "
              "SELECT id, ?, ? FROM accounts WHERE external_id = ?")
        , annotationInsert(db,
              "INSERT OR IGNORE INTO annotations(source, ts, title, description, kind, version) "
              "VALUES(?,?,?,?,?,?)")
    {
    }
    Statement ticketExists, ticketUpsert, messageInsert, feedbackInsert, accountExists, accountUpsert,
        memberInsert, annotationInsert;
};

} // namespace waymark::store

// The desktop UI arrives with the desktop-app issue; this keeps the waymark_ui target non-empty.
namespace waymark::ui {
int uiLibraryVersion() { return 0; }
}

/**
 * Writes `src/core/icons.ts`: the `Icons` constants (`Icons.ADD === "add"`), Flet-style names for
 * a few hundred common Material Symbols. Most are in the `material-symbols` package's own list
 * (`index.d.ts`); the rest are the older Material Icons names (`expand_more`, `done`, `clear`)
 * that the font still draws through ligatures. `test/browser/icons.test.ts` renders every
 * constant with the self-hosted font and fails on any that is not a single glyph.
 *
 * Run after upgrading `material-symbols` or editing COMMON: `node scripts/generate-icons.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Common icons, by area: actions, navigation, content, communication, media, devices, places, people. */
const COMMON = `
add add_circle add_box remove remove_circle delete delete_forever edit edit_note save save_as done done_all check
check_circle close cancel clear refresh sync search zoom_in zoom_out filter_list filter_alt sort tune settings
more_vert more_horiz menu menu_open apps home house arrow_back arrow_forward arrow_upward arrow_downward
arrow_back_ios arrow_forward_ios arrow_drop_down arrow_drop_up arrow_left arrow_right chevron_left chevron_right
expand_more expand_less unfold_more unfold_less first_page last_page navigate_before navigate_next north south east
west subdirectory_arrow_right open_in_new open_in_full close_fullscreen fullscreen fullscreen_exit launch link
link_off share send reply reply_all forward undo redo content_copy content_cut content_paste copy_all
select_all archive unarchive inbox outbox drafts mail mark_email_read mark_email_unread email markunread
chat chat_bubble forum comment message sms call phone phone_in_talk call_end contacts contact_page contact_mail
notifications notifications_active notifications_off notifications_none alarm alarm_add schedule timer
hourglass_empty history update event event_available event_busy calendar_month calendar_today
calendar_view_day calendar_view_week date_range today access_time watch_later pending pending_actions
favorite favorite_border star star_border star_half star_outline thumb_up thumb_down bookmark bookmark_border
bookmarks flag label sell local_offer push_pin lightbulb info help help_outline error error_outline warning
report report_problem priority_high new_releases verified verified_user lock lock_open lock_outline key vpn_key
security shield privacy_tip visibility visibility_off fingerprint face person person_add person_remove
person_outline people group groups account_circle account_box badge supervisor_account manage_accounts
admin_panel_settings login logout exit_to_app power_settings_new home_work work business store storefront
shopping_cart shopping_bag shopping_basket add_shopping_cart payment payments credit_card account_balance
account_balance_wallet attach_money euro currency_exchange receipt receipt_long redeem card_giftcard
local_shipping inventory inventory_2 category dashboard space_dashboard view_list view_module view_quilt
view_agenda grid_view list table_chart table_rows bar_chart pie_chart show_chart insights analytics trending_up
trending_down trending_flat leaderboard query_stats monitoring data_usage storage cloud cloud_upload
cloud_download cloud_done cloud_off cloud_sync backup upload download file_download file_upload
download_done attach_file attachment folder folder_open create_new_folder folder_shared drive_file_move
description article note note_add notes sticky_note_2 text_snippet picture_as_pdf insert_drive_file draft
task task_alt assignment assignment_turned_in checklist rule fact_check list_alt library_books menu_book book
bookmark_add school science calculate functions code terminal bug_report build construction handyman
engineering extension api integration_instructions developer_mode memory dns hub lan wifi wifi_off
signal_cellular_alt bluetooth bluetooth_disabled battery_full battery_charging_full battery_alert
power flash_on flash_off brightness_high brightness_low dark_mode light_mode contrast palette color_lens
format_paint brush draw gesture edit_square format_bold format_italic format_underlined
format_strikethrough format_size format_color_text format_color_fill format_align_left format_align_center
format_align_right format_align_justify format_list_bulleted format_list_numbered format_quote
format_indent_increase format_indent_decrease text_fields title short_text translate spellcheck
image photo photo_camera camera camera_alt collections photo_library add_photo_alternate crop rotate_left
rotate_right flip image_search hide_image wallpaper movie videocam videocam_off video_library
video_call live_tv tv music_note library_music audiotrack headphones headset mic mic_off mic_none volume_up
volume_down volume_mute volume_off play_arrow play_circle pause pause_circle stop stop_circle replay
skip_next skip_previous fast_forward fast_rewind shuffle repeat repeat_one playlist_add playlist_play queue_music
radio podcasts speaker smartphone phone_android phone_iphone tablet tablet_mac laptop laptop_mac computer
desktop_windows desktop_mac keyboard mouse watch print scanner router devices cast qr_code qr_code_scanner
place location_on location_off my_location near_me navigation explore map directions directions_car
directions_bus directions_bike directions_walk directions_run train flight flight_takeoff flight_land
local_taxi two_wheeler local_gas_station ev_station local_parking traffic commute public language travel_explore
restaurant restaurant_menu local_cafe local_bar local_pizza fastfood bakery_dining local_grocery_store
local_hospital local_pharmacy medical_services health_and_safety healing vaccines fitness_center sports_soccer
sports_basketball sports_esports pool spa beach_access park nature eco forest pets cruelty_free
hotel bed apartment cottage cabin domain location_city factory warehouse school
wb_sunny sunny cloudy_snowing thunderstorm ac_unit water_drop thermostat air umbrella nights_stay
celebration cake emoji_emotions emoji_events emoji_objects mood mood_bad sentiment_satisfied
sentiment_dissatisfied sentiment_neutral sentiment_very_satisfied volunteer_activism
handshake diversity_3 waving_hand thumbs_up_down recommend
tag numbers alternate_email percent euro_symbol attach_email all_inbox move_to_inbox
keyboard_arrow_down keyboard_arrow_up keyboard_arrow_left keyboard_arrow_right keyboard_return
keyboard_backspace keyboard_tab space_bar drag_handle drag_indicator open_with pan_tool touch_app ads_click
swipe zoom_out_map crop_free aspect_ratio fit_screen
toggle_on toggle_off radio_button_checked radio_button_unchecked check_box check_box_outline_blank
indeterminate_check_box star_rate grade circle square change_history hexagon
hide_source block do_not_disturb not_interested report_gmailerrorred dangerous gpp_good gpp_bad
auto_awesome auto_fix_high magic_button psychology lightbulb_circle tips_and_updates rocket_launch bolt
speed timeline schedule_send send_time_extension query_builder
print_disabled restart_alt autorenew cached loop published_with_changes change_circle swap_horiz swap_vert
import_export compare_arrows sync_alt height straighten
visibility_lock password pin mail_lock no_accounts
person_search manage_search saved_search find_in_page pageview plagiarism
`.split(/\s+/).filter(Boolean);

const declared = readFileSync(`${root}node_modules/material-symbols/index.d.ts`, "utf8");
const available = new Set([...declared.matchAll(/^\s*"([a-z0-9_]+)",?$/gm)].map((m) => m[1]));
const names = [...new Set(COMMON)].sort();
const legacy = names.filter((name) => !available.has(name));
console.log(`${legacy.length} legacy names (drawn by ligature, checked by test/browser/icons.test.ts): ${legacy.join(" ")}`);

const lines = names.map((name) => `  ${name.toUpperCase()}: "${name}",`);
const source = `/**
 * \`Icons\`: Flet-style names for common Material Symbols, as constants (\`Icons.ADD === "add"\`).
 * Any other name of the font works as a plain string (\`new Icon("owl")\`). ${names.length} names,
 * each drawn by the self-hosted \`material-symbols\` font (\`test/browser/icons.test.ts\`).
 *
 * Generated by \`scripts/generate-icons.mjs\`; do not edit by hand.
 */
export const Icons = {
${lines.join("\n")}
} as const;

/** The name of one of the \`Icons\` constants. */
export type IconName = (typeof Icons)[keyof typeof Icons];
`;
writeFileSync(`${root}src/core/icons.ts`, source);
console.log(`wrote src/core/icons.ts: ${names.length} icons`);

// The icons the app shows, and no others: each SVG is read from @material-symbols/svg-400 at build time (the
// esbuild text loader for .svg in apps/web/project.json), so the bundle carries these paths instead of the whole
// Material Symbols font (3.9 MB). Add an icon here before using it; icons.spec.ts checks that every name used in a
// template is here and that every icon here is used.
import accountCircleSvg from '@material-symbols/svg-400/outlined/account_circle.svg';
import addSvg from '@material-symbols/svg-400/outlined/add.svg';
import addLocationSvg from '@material-symbols/svg-400/outlined/add_location.svg';
import alarmSvg from '@material-symbols/svg-400/outlined/alarm.svg';
import apartmentSvg from '@material-symbols/svg-400/outlined/apartment.svg';
import arrowBackSvg from '@material-symbols/svg-400/outlined/arrow_back.svg';
import arrowDownwardSvg from '@material-symbols/svg-400/outlined/arrow_downward.svg';
import arrowUpwardSvg from '@material-symbols/svg-400/outlined/arrow_upward.svg';
import assignmentIndSvg from '@material-symbols/svg-400/outlined/assignment_ind.svg';
import badgeSvg from '@material-symbols/svg-400/outlined/badge.svg';
import barChartSvg from '@material-symbols/svg-400/outlined/bar_chart.svg';
import blockSvg from '@material-symbols/svg-400/outlined/block.svg';
import bookmarkSvg from '@material-symbols/svg-400/outlined/bookmark.svg';
import bookmarkAddSvg from '@material-symbols/svg-400/outlined/bookmark_add.svg';
import bookmarkAddedSvg from '@material-symbols/svg-400/outlined/bookmark_added.svg';
import bookmarkRemoveSvg from '@material-symbols/svg-400/outlined/bookmark_remove.svg';
import cancelSvg from '@material-symbols/svg-400/outlined/cancel.svg';
import celebrationSvg from '@material-symbols/svg-400/outlined/celebration.svg';
import checkSvg from '@material-symbols/svg-400/outlined/check.svg';
import checkCircleSvg from '@material-symbols/svg-400/outlined/check_circle.svg';
import closeSvg from '@material-symbols/svg-400/outlined/close.svg';
import contentCopySvg from '@material-symbols/svg-400/outlined/content_copy.svg';
import deleteSvg from '@material-symbols/svg-400/outlined/delete.svg';
import doneAllSvg from '@material-symbols/svg-400/outlined/done_all.svg';
import downloadSvg from '@material-symbols/svg-400/outlined/download.svg';
import dragIndicatorSvg from '@material-symbols/svg-400/outlined/drag_indicator.svg';
import drawSvg from '@material-symbols/svg-400/outlined/draw.svg';
import editSvg from '@material-symbols/svg-400/outlined/edit.svg';
import editNoteSvg from '@material-symbols/svg-400/outlined/edit_note.svg';
import engineeringSvg from '@material-symbols/svg-400/outlined/engineering.svg';
import errorSvg from '@material-symbols/svg-400/outlined/error.svg';
import eventSvg from '@material-symbols/svg-400/outlined/event.svg';
import eventBusySvg from '@material-symbols/svg-400/outlined/event_busy.svg';
import factorySvg from '@material-symbols/svg-400/outlined/factory.svg';
import filterAltOffSvg from '@material-symbols/svg-400/outlined/filter_alt_off.svg';
import filterListSvg from '@material-symbols/svg-400/outlined/filter_list.svg';
import flagSvg from '@material-symbols/svg-400/outlined/flag.svg';
import formatListNumberedSvg from '@material-symbols/svg-400/outlined/format_list_numbered.svg';
import groupSvg from '@material-symbols/svg-400/outlined/group.svg';
import groupsSvg from '@material-symbols/svg-400/outlined/groups.svg';
import handshakeSvg from '@material-symbols/svg-400/outlined/handshake.svg';
import homeSvg from '@material-symbols/svg-400/outlined/home.svg';
import hourglassTopSvg from '@material-symbols/svg-400/outlined/hourglass_top.svg';
import howToRegSvg from '@material-symbols/svg-400/outlined/how_to_reg.svg';
import imageSvg from '@material-symbols/svg-400/outlined/image.svg';
import infoSvg from '@material-symbols/svg-400/outlined/info.svg';
import lightbulbSvg from '@material-symbols/svg-400/outlined/lightbulb.svg';
import locationOnSvg from '@material-symbols/svg-400/outlined/location_on.svg';
import logoutSvg from '@material-symbols/svg-400/outlined/logout.svg';
import markChatReadSvg from '@material-symbols/svg-400/outlined/mark_chat_read.svg';
import menuSvg from '@material-symbols/svg-400/outlined/menu.svg';
import monitoringSvg from '@material-symbols/svg-400/outlined/monitoring.svg';
import notificationsSvg from '@material-symbols/svg-400/outlined/notifications.svg';
import pendingSvg from '@material-symbols/svg-400/outlined/pending.svg';
import personEditSvg from '@material-symbols/svg-400/outlined/person_edit.svg';
import personSearchSvg from '@material-symbols/svg-400/outlined/person_search.svg';
import precisionManufacturingSvg from '@material-symbols/svg-400/outlined/precision_manufacturing.svg';
import recommendSvg from '@material-symbols/svg-400/outlined/recommend.svg';
import reportSvg from '@material-symbols/svg-400/outlined/report.svg';
import scheduleSvg from '@material-symbols/svg-400/outlined/schedule.svg';
import schoolSvg from '@material-symbols/svg-400/outlined/school.svg';
import searchSvg from '@material-symbols/svg-400/outlined/search.svg';
import searchOffSvg from '@material-symbols/svg-400/outlined/search_off.svg';
import sendSvg from '@material-symbols/svg-400/outlined/send.svg';
import shieldPersonSvg from '@material-symbols/svg-400/outlined/shield_person.svg';
import shuffleSvg from '@material-symbols/svg-400/outlined/shuffle.svg';
import taskAltSvg from '@material-symbols/svg-400/outlined/task_alt.svg';
import timelineSvg from '@material-symbols/svg-400/outlined/timeline.svg';
import travelExploreSvg from '@material-symbols/svg-400/outlined/travel_explore.svg';
import tuneSvg from '@material-symbols/svg-400/outlined/tune.svg';
import verifiedSvg from '@material-symbols/svg-400/outlined/verified.svg';
import verifiedUserSvg from '@material-symbols/svg-400/outlined/verified_user.svg';
import visibilityOffSvg from '@material-symbols/svg-400/outlined/visibility_off.svg';
import workSvg from '@material-symbols/svg-400/outlined/work.svg';

export const ICONS = {
  account_circle: accountCircleSvg,
  add: addSvg,
  add_location: addLocationSvg,
  alarm: alarmSvg,
  apartment: apartmentSvg,
  arrow_back: arrowBackSvg,
  arrow_downward: arrowDownwardSvg,
  arrow_upward: arrowUpwardSvg,
  assignment_ind: assignmentIndSvg,
  badge: badgeSvg,
  bar_chart: barChartSvg,
  block: blockSvg,
  bookmark: bookmarkSvg,
  bookmark_add: bookmarkAddSvg,
  bookmark_added: bookmarkAddedSvg,
  bookmark_remove: bookmarkRemoveSvg,
  cancel: cancelSvg,
  celebration: celebrationSvg,
  check: checkSvg,
  check_circle: checkCircleSvg,
  close: closeSvg,
  content_copy: contentCopySvg,
  delete: deleteSvg,
  done_all: doneAllSvg,
  download: downloadSvg,
  drag_indicator: dragIndicatorSvg,
  draw: drawSvg,
  edit: editSvg,
  edit_note: editNoteSvg,
  engineering: engineeringSvg,
  error: errorSvg,
  event: eventSvg,
  event_busy: eventBusySvg,
  factory: factorySvg,
  filter_alt_off: filterAltOffSvg,
  filter_list: filterListSvg,
  flag: flagSvg,
  format_list_numbered: formatListNumberedSvg,
  group: groupSvg,
  groups: groupsSvg,
  handshake: handshakeSvg,
  home: homeSvg,
  hourglass_top: hourglassTopSvg,
  how_to_reg: howToRegSvg,
  image: imageSvg,
  info: infoSvg,
  lightbulb: lightbulbSvg,
  location_on: locationOnSvg,
  logout: logoutSvg,
  mark_chat_read: markChatReadSvg,
  menu: menuSvg,
  monitoring: monitoringSvg,
  notifications: notificationsSvg,
  pending: pendingSvg,
  person_edit: personEditSvg,
  person_search: personSearchSvg,
  precision_manufacturing: precisionManufacturingSvg,
  recommend: recommendSvg,
  report: reportSvg,
  schedule: scheduleSvg,
  school: schoolSvg,
  search: searchSvg,
  search_off: searchOffSvg,
  send: sendSvg,
  shield_person: shieldPersonSvg,
  shuffle: shuffleSvg,
  task_alt: taskAltSvg,
  timeline: timelineSvg,
  travel_explore: travelExploreSvg,
  tune: tuneSvg,
  verified: verifiedSvg,
  verified_user: verifiedUserSvg,
  visibility_off: visibilityOffSvg,
  work: workSvg,
} as const satisfies Readonly<Record<string, string>>;

/** The name of an icon the app carries: `<mat-icon svgIcon="name" />`. */
export type IconName = keyof typeof ICONS;

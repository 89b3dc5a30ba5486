// The teacher's pages and the primer, loaded when one is opened (play/classroom.ts): a student
// on the title screen needs none of them, and they bring the QR code and CSV libraries.
export { showTeacherPage } from './teacherPage';
export { showClassView } from './classViewPage';
export { showTeacherGuide } from './teacherGuide';
export { showAnswerKey } from './answerKeyPage';
export { showPrimer } from './primerPage';

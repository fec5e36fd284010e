// Ink imports react-devtools-core only when DEV=true; the bundle aliases it to this empty module.
export default {};

/** The server build's `served-page-data`: static rendering reads every page's data itself. */
export default true;

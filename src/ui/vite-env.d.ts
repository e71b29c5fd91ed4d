// Lets the pages import their stylesheets (`import "./styles.css"`), which Vite bundles.
/// <reference types="vite/client" />

// The default theme (light and dark, local search, heading permalinks) plus print and schema-table styles.
import DefaultTheme from "vitepress/theme";
import "./style.css";

export default DefaultTheme;

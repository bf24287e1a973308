// Vite bundles CSS files imported for their side effects.
declare module '*.css';

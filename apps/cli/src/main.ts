console.log('pyarena: not built yet');

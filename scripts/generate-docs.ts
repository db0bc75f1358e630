console.log('docs TODO')

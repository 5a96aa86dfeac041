#!/usr/bin/env python3
"""Writes the first N entities of an aggregate as stand-alone EntityDescriptor files, each with
the aggregate's namespace declarations, an ID, validUntil and a ds:Signature template for
`xmlsec1 --sign` (scripts/bench signs them). Usage: split_entities.py AGGREGATE OUTDIR N"""
import os
import re
import sys

source, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(source, encoding="utf-8").read()
root = re.search(r"<md:EntitiesDescriptor([^>]*)>", text)
namespaces = " ".join(re.findall(r'xmlns:[a-z]+="[^"]*"', root.group(1)))
valid_until = re.search(r'validUntil="([^"]*)"', root.group(1)).group(1)
template = ('<ds:Signature><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            '<ds:Reference URI="#_e{n}"><ds:Transforms>'
            '<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
            '<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
            '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue/></ds:Reference>'
            '</ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature>')
os.makedirs(out, exist_ok=True)
entities = re.findall(r"<md:EntityDescriptor .*?</md:EntityDescriptor>", text, re.S)
for n, entity in enumerate(entities[:count]):
    start = entity.index(">") + 1
    own = entity[:start - 1]
    validity = "" if "validUntil=" in own else f' validUntil="{valid_until}"'
    head = own.replace("<md:EntityDescriptor", f'<md:EntityDescriptor {namespaces} ID="_e{n}"{validity}', 1)
    body = head + ">" + template.format(n=n) + entity[start:]
    with open(os.path.join(out, f"entity-{n:04d}.xml"), "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n")

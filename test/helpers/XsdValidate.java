import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** Validates an XML file against an XML Schema: prints "valid", or the first error and exits 1. */
public class XsdValidate {
  public static void main(String[] args) throws Exception {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.newSchema(new File(args[0])).newValidator().validate(new StreamSource(new File(args[1])));
      System.out.println("valid");
    } catch (org.xml.sax.SAXException e) {
      System.out.println("invalid: " + e.getMessage());
      System.exit(1);
    }
  }
}

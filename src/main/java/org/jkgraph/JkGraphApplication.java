package org.jkgraph;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
@SpringBootApplication
public class JkGraphApplication {
  public static void main(String[] args) { SpringApplication.run(JkGraphApplication.class, args); }
}

package se.kommunkollen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KommunkollenApplication {

	public static void main(String[] args) {
		SpringApplication.run(KommunkollenApplication.class, args);
	}

}
